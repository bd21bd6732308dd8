// A notification draft as a document to keep or send on: Markdown grouped by section, and the plain JSON export.
// Every value is escaped, so a fact sheet saying "# heading" or "<script>" stays text in any Markdown viewer.
import type { Language } from '../api/common.js';
import { DEFAULT_TIME_ZONE, formatDateTime } from '../format-time.js';
import { t } from '../i18n/index.js';
import type { ObligationKind } from './obligations.js';

export interface DraftDocumentField {
  key: string;
  section: string;
  label: string;
  value: string;
}

export interface DraftDocumentMeta {
  organisation: string;
  /** The incident's reference (INC-2026-0001). */
  reference: string;
  generatedAt: string;
  language: Language;
  /** Where the times are shown; Europe/Amsterdam when left out. */
  timeZone?: string;
  /** Set once the report was sent: the draft is then the document as sent. */
  submitted?: { at: string; reference: string } | null;
}

/** The fields in their order, grouped by section (a section seen again later joins its first group). */
export function groupBySection<F extends { section: string }>(
  fields: F[],
): Array<{ section: string; fields: F[] }> {
  const groups = new Map<string, F[]>();
  for (const f of fields) {
    const list = groups.get(f.section);
    if (list) list.push(f);
    else groups.set(f.section, [f]);
  }
  return [...groups].map(([section, list]) => ({ section, fields: list }));
}

/** The status line: DRAFT while not submitted, else when and under which reference it was. */
export function draftStatus(meta: DraftDocumentMeta): { draft: boolean; text: string } {
  const lang = meta.language;
  if (meta.submitted)
    return {
      draft: false,
      text: t(lang, 'legal.draft.doc.submitted', {
        at: formatDateTime(meta.submitted.at, lang, meta.timeZone ?? DEFAULT_TIME_ZONE),
        reference: meta.submitted.reference,
      }),
    };
  return { draft: true, text: t(lang, 'legal.draft.doc.not_submitted') };
}

export function draftMarkdown(title: string, fields: DraftDocumentField[], meta: DraftDocumentMeta): string {
  const lang = meta.language;
  const status = draftStatus(meta);
  const out: string[] = [`# ${escapeInline(title)}`];
  out.push(
    status.draft
      ? `**${escapeInline(t(lang, 'legal.draft.doc.draft'))}**: ${escapeInline(status.text)}`
      : `**${escapeInline(status.text)}**`,
  );
  out.push(
    [
      [t(lang, 'legal.draft.doc.organisation'), meta.organisation],
      [t(lang, 'legal.draft.doc.incident'), meta.reference],
      [
        t(lang, 'legal.draft.doc.generated'),
        formatDateTime(meta.generatedAt, lang, meta.timeZone ?? DEFAULT_TIME_ZONE),
      ],
    ]
      .map(([label, value]) => `- ${escapeInline(label!)}: ${escapeInline(value!)}`)
      .join('\n'),
  );
  out.push(`_${escapeInline(t(lang, 'legal.draft.doc.note'))}_`);
  for (const group of groupBySection(fields)) {
    out.push(`## ${escapeInline(group.section)}`);
    for (const f of group.fields) out.push(`**${escapeInline(f.label)}**`, escapeBlock(f.value));
  }
  return out.join('\n\n') + '\n';
}

export interface DraftJson {
  kind: ObligationKind;
  title: string;
  language: Language;
  generated_at: string;
  organisation: string;
  incident_reference: string;
  submitted: { submitted_at: string; reference: string } | null;
  fields: DraftDocumentField[];
}

/** The JSON export: the same fields as the documents, with what it is and whether it was sent. */
export function draftJson(
  kind: ObligationKind,
  title: string,
  fields: DraftDocumentField[],
  meta: DraftDocumentMeta,
): DraftJson {
  return {
    kind,
    title,
    language: meta.language,
    generated_at: meta.generatedAt,
    organisation: meta.organisation,
    incident_reference: meta.reference,
    submitted: meta.submitted
      ? { submitted_at: meta.submitted.at, reference: meta.submitted.reference }
      : null,
    fields: fields.map(({ key, section, label, value }) => ({ key, section, label, value })),
  };
}

// Characters that start inline Markdown anywhere: emphasis, code, links and images, raw HTML and autolinks, table
// cells, strikethrough, headings' closing hashes, and the backslash itself.
const INLINE = /[\\`*_[\]<>|~#]/g;
// An entity (&amp; &#58; &#x3A;) would be decoded: escape its ampersand, leave a plain "&" alone.
const ENTITY = /&(?=#?[0-9a-z]+;)/gi;

/** Escapes text that sits inside a line (a heading, a label, a list item). Newlines become spaces. */
export function escapeInline(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(INLINE, '\\$&')
    .replace(ENTITY, '\\&');
}

/**
 * Escapes a value of one or more lines: each line becomes its own paragraph, with what would start a block at the
 * beginning of a line (a list, a numbered list, a quote, a heading underline, an indented code block) made literal.
 */
export function escapeBlock(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (!lines.length) return '—';
  return lines
    .map((line) =>
      escapeInline(line)
        // "- item" or "+ item" (a list), "=====" or "-----" (a heading underline or a rule); "+31 20" is left alone
        .replace(/^([-+])(?=\s|$)|^([-=])(?=[-=]*$)/, '\\$&')
        // "1. item" or "1) item"
        .replace(/^(\d{1,9})([.)])/, '$1\\$2'),
    )
    .join('\n\n');
}
