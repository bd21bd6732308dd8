// Changes one value in a plan's YAML text while keeping its comments and layout (the YAML is what people keep in git).
import { parseDocument } from 'yaml';

export function setYamlValue(text: string, path: Array<string | number>, value: unknown): string {
  const doc = parseDocument(text);
  doc.setIn(path, value);
  return doc.toString({ lineWidth: 0 });
}
