// What the internal page and the press page show, as plain data: the use cases fill it, http/pages renders it.
import type { Language } from '../api/common.js';

/** One published message in the language shown (the reader's, else the one it was written in). */
export interface PageMessage {
  id: string;
  publishedAt: string;
  /** The language of subject and body; differs from the page's when the message exists in one language only. */
  language: Language;
  subject: string;
  /** Markdown. */
  body: string;
  /** The message this one corrects, when it is on the page (else only that it corrects an earlier one). */
  corrects: { id: string; publishedAt: string } | 'earlier' | null;
  /** The later message that corrects this one, when it is on the page. */
  correctedBy: { id: string; publishedAt: string } | null;
}

export interface InternalPageIncident {
  reference: string;
  title: string;
  phase: string;
  /** Need to know: shown only to a logged-in account that is on its team (or an admin). */
  restricted: boolean;
  /** From the fact sheet: when the next update is promised. */
  nextUpdateAt: string | null;
  /** The scenario's employee guidance in the plan the incident runs on, in the plan's language. */
  guidance: { language: Language; do: string[]; dont: string[] } | null;
  /** Messages published to the internal page, newest first. */
  updates: PageMessage[];
}

export interface InternalPage {
  language: Language;
  organisation: string;
  now: string;
  incidents: InternalPageIncident[];
}

export interface PressStatement extends PageMessage {
  reference: string;
}

export interface PressPage {
  language: Language;
  organisation: string;
  now: string;
  /** Newest first. */
  statements: PressStatement[];
  contact: { name: string; email?: string | undefined; phone?: string | undefined } | null;
}
