// Writes a changed plan back into its YAML document, touching only what changed: comments, layout, quoting and
// list styles of everything else stay as the team wrote them (the plan is kept in git, reviewed as a diff).
import { isMap, isScalar, isSeq, parseDocument, stringify, type Document, type Node } from 'yaml';

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };
interface Splice {
  start: number;
  end: number;
  text: string;
}

const isObject = (v: unknown): v is Record<string, Plain> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const idOf = (v: unknown) => (isObject(v) && typeof v.id === 'string' ? v.id : undefined);
const keyOf = (k: unknown) => (isScalar(k) ? String(k.value) : String(k));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function nodeId(node: unknown): string | undefined {
  if (!isMap(node)) return undefined;
  const id = node.get('id');
  return typeof id === 'string' ? id : undefined;
}

/**
 * Collects text replacements for changed values, or returns false when the change is structural (keys or list
 * items added, removed or moved), which needs the document written again.
 */
function splices(node: unknown, value: Plain, out: Splice[]): boolean {
  if (isMap(node) && isObject(value)) {
    const keys = node.items.map((p) => keyOf(p.key));
    if (keys.length !== Object.keys(value).length || keys.some((k) => !(k in value))) return false;
    return node.items.every((p) => splices(p.value, value[keyOf(p.key)]!, out));
  }
  if (isSeq(node) && Array.isArray(value)) {
    const sameShape =
      node.items.length === value.length && node.items.every((item, i) => nodeId(item) === idOf(value[i]));
    if (sameShape) return node.items.every((item, i) => splices(item, value[i]!, out));
    if (node.flow && node.range && value.every((v) => v === null || typeof v !== 'object')) {
      out.push({
        start: node.range[0],
        end: node.range[1],
        text: stringify(value, { flowCollectionPadding: false, collectionStyle: 'flow' }).trimEnd(),
      });
      return true;
    }
    return false;
  }
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    if (node.value !== value && node.range) {
      if (typeof value === 'string' && value.includes('\n')) return false;
      out.push({
        start: node.range[0],
        end: node.range[1],
        text: stringify(value, { lineWidth: 0 }).trimEnd(),
      });
    }
    return true;
  }
  return false;
}

/** Returns the node to keep in place of `node` so that it holds `value` (structural changes). */
function merge(doc: Document, node: unknown, value: Plain): Node {
  if (isObject(value) && isMap(node)) {
    for (const pair of [...node.items]) if (!(keyOf(pair.key) in value)) node.delete(keyOf(pair.key));
    for (const [key, v] of Object.entries(value)) {
      const pair = node.items.find((p) => keyOf(p.key) === key);
      if (pair) pair.value = merge(doc, pair.value, v);
      else node.set(key, doc.createNode(v));
    }
    return node;
  }
  if (Array.isArray(value) && isSeq(node)) {
    const byId = new Map(
      node.items.map((item) => [nodeId(item), item] as const).filter(([id]) => id !== undefined),
    );
    const keyed = value.every((v) => idOf(v) !== undefined);
    node.items = value.map((v, i) => {
      const old = keyed ? byId.get(idOf(v)) : node.items[i];
      return old !== undefined ? merge(doc, old, v) : doc.createNode(v);
    });
    return node;
  }
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    if (node.value !== value) node.value = value;
    return node;
  }
  const created = doc.createNode(value);
  // A list written as [a, b] stays written that way.
  if (isSeq(node) && node.flow && isSeq(created)) created.flow = true;
  return created;
}

export function mergeIntoYaml(text: string, value: unknown): string {
  const plain = JSON.parse(JSON.stringify(value)) as Plain;
  const doc = parseDocument(text);
  if (same(doc.toJS(), plain)) return text;
  const edits: Splice[] = [];
  if (splices(doc.contents, plain, edits)) {
    // Only values changed: splice them into the text, last first, so every other byte stays.
    return edits
      .sort((a, b) => b.start - a.start)
      .reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
  }
  doc.contents = merge(doc, doc.contents, plain) as typeof doc.contents;
  return doc.toString({ lineWidth: 110, flowCollectionPadding: false });
}
