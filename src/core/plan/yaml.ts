// Writes a plan as YAML: fields in a fixed order, short lists on one line, long texts as literal blocks.
import { Document, isScalar, visit } from 'yaml';
import { planText } from './catalogue.js';
import { PlanSchema, type Plan } from './schema.js';
import { orderLike } from './schema-walk.js';

/** A list of a few short words (ids, channels, languages) reads best on one line: [nl, en]. */
const SHORT_LIST = 80;

/** Cadences listed in the order of the plan's audiences, so the same plan always reads the same. */
function withCadenceInAudienceOrder(plan: Plan): Plan {
  const rank = new Map(plan.audiences.map((a, i) => [a.id, i]));
  const order = ([a]: [string, number], [b]: [string, number]) =>
    (rank.get(a) ?? rank.size) - (rank.get(b) ?? rank.size) || a.localeCompare(b);
  return {
    ...plan,
    severities: plan.severities.map((s) => ({
      ...s,
      cadence: Object.fromEntries(Object.entries(s.cadence).sort(order)),
    })),
  };
}

/**
 * The plan as YAML text. The same plan always gives the same text (fields in schema order, cadences in
 * audience order, lists as given), so versions compare line by line; reading it back with validatePlanYaml
 * gives an equal plan.
 */
export function planToYaml(plan: Plan): string {
  const lang = plan.organisation.language;
  const doc = new Document(orderLike(PlanSchema, withCadenceInAudienceOrder(plan)), {
    aliasDuplicateObjects: false,
  });
  visit(doc, {
    Seq(_, node) {
      const words = node.items.map((item) => (isScalar(item) ? String(item.value) : '\n'));
      if (words.every((w) => /^[a-z0-9_]+$/.test(w)) && words.join(', ').length <= SHORT_LIST)
        node.flow = true;
    },
  });
  const header = [
    planText(lang, 'export.title', { organisation: plan.organisation.name }),
    planText(lang, 'export.hint'),
  ]
    .map((line) => `# ${line.replace(/\s+/g, ' ')}`)
    .join('\n');
  return `${header}\n${doc.toString({ lineWidth: 0, blockQuote: 'literal', singleQuote: true, flowCollectionPadding: false })}`;
}
