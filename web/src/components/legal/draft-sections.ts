// A draft's fields grouped by section, in the order the server gives them (the authority's form order).
import type { DraftField } from '../../api/legal';

export function draftSections(
  fields: readonly DraftField[],
): Array<{ section: string; fields: DraftField[] }> {
  const out: Array<{ section: string; fields: DraftField[] }> = [];
  for (const f of fields) {
    const last = out[out.length - 1];
    const same = last?.section === f.section ? last : out.find((s) => s.section === f.section);
    if (same) same.fields.push(f);
    else out.push({ section: f.section, fields: [f] });
  }
  return out;
}

/** Only what differs from the saved draft goes to the server. */
export function changedFields(
  fields: readonly DraftField[],
  edits: Readonly<Record<string, string>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const v = edits[f.key];
    if (v !== undefined && v !== f.value) out[f.key] = v;
  }
  return out;
}
