// Changes one value in a plan's YAML text while keeping every other byte (comments, wrapping, flow lists): the YAML
// is what people keep in git, and a one-value change should show as a one-line diff there.
import { isCollection, isScalar, parseDocument, stringify } from 'yaml';

export function setYamlValue(text: string, path: Array<string | number>, value: unknown): string {
  const doc = parseDocument(text);
  const node = doc.getIn(path, true);
  const simple = value === null || ['string', 'number', 'boolean'].includes(typeof value);
  if (simple && isScalar(node) && node.range) {
    const [start, end] = node.range;
    return text.slice(0, start) + stringify(value, { lineWidth: 0 }).trimEnd() + text.slice(end);
  }
  // A new key or a list or map: the document is written again (comments stay, layout may change).
  const replacement = doc.createNode(value);
  // A list written as [a, b] stays written that way.
  if (isCollection(node) && node.flow && isCollection(replacement)) replacement.flow = true;
  doc.setIn(path, replacement);
  return doc.toString({ lineWidth: 110, flowCollectionPadding: false });
}
