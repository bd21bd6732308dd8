// Finds the line and column of a path in a parsed YAML document, so an error points at the right place.
import {
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
} from 'yaml';
import type { PlanPath } from './problem.js';

export interface Position {
  line: number;
  column: number;
}

export interface PositionQuery {
  path: PlanPath;
  /** Point at the key of the last step rather than its value. */
  atKey?: boolean;
  /** Point at this text inside the value, when it occurs there. */
  needle?: string;
}

/**
 * Walks the document along the path. A scalar is pointed at itself; a list or map at its key (the line a reader
 * looks for); a missing field at the map that should hold it.
 */
export function positionOf(
  doc: Document,
  lines: LineCounter,
  source: string,
  query: PositionQuery,
): Position | undefined {
  let node: Node | null | undefined = doc.contents;
  let key: Node | undefined;
  let complete = true;
  for (const seg of query.path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) {
        complete = false;
        break;
      }
      key = pair.key as Node;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      key = undefined;
      node = node.items[seg] as Node | null;
    } else {
      complete = false;
      break;
    }
  }
  const target = pick(node, key, complete, query, source);
  return target === undefined ? undefined : toPosition(lines, target);
}

function pick(
  node: Node | null | undefined,
  key: Node | undefined,
  complete: boolean,
  query: PositionQuery,
  source: string,
): number | undefined {
  const start = (n: Node | null | undefined) => n?.range?.[0];
  if (!complete) return start(key) ?? start(node);
  if (query.atKey && key) return start(key);
  if (isScalar(node) && node.range && node.value !== null) {
    if (query.needle) {
      const at = source.slice(node.range[0], node.range[1]).indexOf(query.needle);
      if (at >= 0) return node.range[0] + at;
    }
    return node.range[0];
  }
  if (isCollection(node) && key) return start(key);
  return start(key) ?? start(node);
}

function toPosition(lines: LineCounter, offset: number): Position {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
