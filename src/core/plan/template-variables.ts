// The {{variables}} a message template may use, and how to find them in a template's text.

/**
 * Every variable a template may contain. The renderer fills them from the organisation, the incident and its
 * fact sheet; their descriptions for the template editor are in the plan catalogue (`var.<name>`).
 */
export const templateVariables = [
  'organisation.name',
  'incident.title',
  'incident.reference',
  'incident.severity',
  'facts.summary',
  'facts.discovered_at',
  'facts.impact',
  'facts.actions',
  'facts.advice',
  'facts.personal_data',
  'eta',
  'next_update',
  'contact.name',
  'contact.email',
  'contact.phone',
  'status_page_url',
] as const;

export type TemplateVariable = (typeof templateVariables)[number];

const known: ReadonlySet<string> = new Set(templateVariables);

export function isTemplateVariable(name: string): name is TemplateVariable {
  return known.has(name);
}

export interface VariableUse {
  /** The name between the braces, trimmed: "facts.impact". */
  name: string;
  /** The text as written: "{{ facts.impact }}". */
  raw: string;
}

const VARIABLE = /\{\{([^{}]*)\}\}/g;

/** The variables a text uses, in order of appearance, and whether a "{{" is left without its "}}". */
export function scanTemplate(text: string): { uses: VariableUse[]; unclosed: boolean } {
  const uses = [...text.matchAll(VARIABLE)].map((m) => ({ name: (m[1] ?? '').trim(), raw: m[0] }));
  const unclosed = text.replace(VARIABLE, '').includes('{{');
  return { uses, unclosed };
}
