// Fills a template's {{variables}}; what the incident cannot tell yet stays visible as [[name]] for the writer.
export type TemplateValues = Partial<Record<string, string>>;

const VARIABLE = /\{\{([^{}]*)\}\}/g;
/** A placeholder left for the writer: the page highlights it and submitting refuses while one is left. */
export const PLACEHOLDER = /\[\[([a-z_.]+)\]\]/g;

export function fillTemplate(text: string, values: TemplateValues): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const filled = text.replace(VARIABLE, (_raw, name: string) => {
    const key = name.trim();
    const value = values[key]?.trim();
    if (value) return value;
    missing.add(key);
    return `[[${key}]]`;
  });
  return { text: filled, missing: [...missing] };
}

export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}
