// Names a field the way the YAML spells it: "'name'", "'cadence.customers'", "'deputies' item 2".
import type { SayYaml, YamlPath } from './types.js';

/** The field at `rest`; a leading number borrows the key before it. `quote` is empty to stand before a value. */
export function fieldLabel(
  rest: YamlPath,
  before: string | number | undefined,
  say: SayYaml,
  quote = "'",
): string {
  if (rest.length === 0) return '';
  let label = '';
  let keys: string[] = typeof rest[0] === 'number' && typeof before === 'string' ? [before] : [];
  const join = () =>
    [label, keys.length ? `${quote}${keys.join('.')}${quote}` : ''].filter(Boolean).join(' ');
  for (const seg of rest) {
    if (typeof seg === 'string') {
      keys.push(seg);
      continue;
    }
    label = say('label.item', { field: join(), n: seg + 1 });
    keys = [];
  }
  return join();
}
