// The prefilled description of a new plan version, from what differs: "Roles: deputies of Crisismanager changed".
import type { Plan } from '@core/plan/schema';

type T = (key: string, options?: Record<string, unknown>) => string;
type Item = { id: string; name?: string; organisation?: string } & Record<string, unknown>;

/** The plan's lists with the section that edits each, in the order the editor shows them. */
const lists = [
  ['people', 'team'],
  ['roles', 'roles'],
  ['contacts', 'contacts'],
  ['severities', 'severities'],
  ['services', 'services'],
  ['audiences', 'audiences'],
  ['scenarios', 'scenarios'],
] as const;

const MAX_PHRASES = 3;
const MAX_LENGTH = 240;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const label = (item: Item) => item.name || item.organisation || item.id;

/** What happened to the items of one list: added, removed, changed (naming the fields), or only reordered. */
function listChanges(before: readonly Item[], after: readonly Item[], t: T): string[] {
  const afterIds = new Set(after.map((i) => i.id));
  const byId = new Map(before.map((i) => [i.id, i]));
  const matched = new Set<Item>();
  const phrases: string[] = [];
  after.forEach((item, index) => {
    // An item whose id was changed is matched by its place in the list.
    const atIndex = before[index];
    const old = byId.get(item.id) ?? (atIndex && !afterIds.has(atIndex.id) ? atIndex : undefined);
    if (!old || matched.has(old)) {
      phrases.push(t('plan_edit.change.added', { name: label(item) }));
      return;
    }
    matched.add(old);
    const keys = [...new Set([...Object.keys(old), ...Object.keys(item)])];
    const fields = keys.filter((k) => !same(old[k], item[k]));
    if (fields.length === 0) return;
    const words = fields.map((f) => t(`plan_edit.change_field.${f}`));
    phrases.push(t('plan_edit.change.changed', { fields: words.join(', '), name: label(item) }));
  });
  for (const old of before) {
    if (!matched.has(old)) phrases.push(t('plan_edit.change.removed', { name: label(old) }));
  }
  if (phrases.length === 0 && !same(before, after)) phrases.push(t('plan_edit.change.order'));
  if (phrases.length <= MAX_PHRASES) return phrases;
  const shown = phrases.slice(0, MAX_PHRASES - 1);
  return [...shown, t('plan_edit.change.more', { count: phrases.length - shown.length })];
}

export function describeChange(before: Plan, after: Plan, t: T): string {
  const parts: string[] = [];
  const touched: string[] = [];
  for (const [key, section] of lists) {
    const phrases = listChanges(before[key] as Item[], after[key] as Item[], t);
    if (phrases.length === 0) continue;
    const name = t(`plan_edit.section.${section}`);
    touched.push(name);
    parts.push(`${name}: ${phrases.join(', ')}`);
  }
  if (!same(before.regulatory, after.regulatory)) {
    touched.push(t('plan_edit.section.regulatory'));
    parts.push(t('plan_edit.change.regulatory'));
  }
  if (!same(before.organisation, after.organisation)) {
    touched.push(t('plan_edit.organisation.title'));
    parts.push(t('plan_edit.change.organisation'));
  }
  if (!same(before.jargon, after.jargon)) {
    touched.push(t('plan_edit.section.jargon'));
    parts.push(t('plan_edit.change.jargon'));
  }
  if (before.reviewed_at !== after.reviewed_at) {
    parts.push(t('plan_edit.change.reviewed', { date: after.reviewed_at }));
  }
  const text = parts.join('; ');
  if (text.length <= MAX_LENGTH) return text;
  return t('plan_edit.change.sections', { sections: touched.join(', ') });
}
