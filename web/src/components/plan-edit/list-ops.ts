// Immutable list edits (change, add, remove, move) and ids derived from names (lower_snake_case, unique).

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((x, i) => (i === index ? item : x));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

export function move<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** Sets or, for an empty value, removes an optional field, so the plan holds no empty strings. */
export function withOptional<T extends object, K extends keyof T>(item: T, key: K, value: T[K] | ''): T {
  const next = { ...item };
  if (value === '' || value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

// Letters that do not decompose into a plain letter and an accent.
const letters: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss' };

/** "Sanne de Vries (voorbeeld)" -> "sanne_de_vries_voorbeeld"; starts with a letter, as plan ids must. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ıłøæœß]/g, (c) => letters[c] ?? c)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 48)
    .replace(/_+$/, '');
  if (!slug) return '';
  return /^[a-z]/.test(slug) ? slug : `x_${slug}`;
}

/** A slug of `text` not in `taken`: "crisis_team", then "crisis_team_2", ... ("item" when the text has none). */
export function uniqueId(text: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slugify(text) || 'item';
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

/**
 * The id after the text it is derived from changed. Only a new item (its id not in the saved plan) whose id the
 * admin has not typed himself follows its name; a saved item keeps its id, because other parts refer to it.
 */
export function followId(
  item: { id: string },
  oldText: string,
  newText: string,
  savedIds: readonly string[],
  siblingIds: readonly string[],
): string {
  if (savedIds.includes(item.id)) return item.id;
  const others = siblingIds.filter((id) => id !== item.id);
  const derived = item.id === '' || item.id === uniqueId(oldText, others);
  return derived ? uniqueId(newText, others) : item.id;
}
