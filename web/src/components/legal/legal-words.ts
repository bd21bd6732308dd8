// The legal duties in plain words: each kind's name with its article, to whom it goes, what starts its clock, and
// times as the organisation reads them (its timezone, Europe/Amsterdam, in the reader's language).
import type { TFunction } from 'i18next';
import type { ObligationKind, Regulatory } from '../../api/legal';
import { currentLanguage } from '../../i18n';

/** The organisation's timezone (core's DEFAULT_TIME_ZONE, which the server's emails and documents use too). */
export const ORGANISATION_TIME_ZONE = 'Europe/Amsterdam';

/**
 * "30 November 2026 at 23:15 CET": deadlines are the organisation's, whatever the reader's computer says. (As
 * core's formatDateTime; unit tests cannot resolve the @core alias at run time.)
 */
export function legalTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const locale = currentLanguage() === 'nl' ? 'nl-NL' : 'en-GB';
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: ORGANISATION_TIME_ZONE,
  }).format(d);
  const zone = new Intl.DateTimeFormat(locale, { timeZone: ORGANISATION_TIME_ZONE, timeZoneName: 'short' })
    .formatToParts(d)
    .find((p) => p.type === 'timeZoneName')?.value;
  return zone ? `${when} ${zone}` : when;
}

const AP = /autoriteit persoonsgegevens/i;

/**
 * "Notify the Autoriteit Persoonsgegevens (GDPR art. 33)". The Dutch authority is named when the plan names it;
 * otherwise (another country's authority, or a list across incidents) the supervisory authority.
 */
export function kindName(
  t: TFunction,
  kind: ObligationKind,
  regulatory?: Regulatory,
  sequence?: number,
): string {
  // Follow-ups are numbered: "Follow-up 2 to the notification".
  if (kind === 'gdpr_follow_up' && sequence) return t('legal.kind.gdpr_follow_up_n', { n: sequence });
  if (
    kind === 'gdpr_authority' &&
    regulatory?.supervisory_authority &&
    AP.test(regulatory.supervisory_authority)
  )
    return t('legal.kind.gdpr_authority_ap');
  return t(`legal.kind.${kind}`);
}

/**
 * To whom the duty goes, from the plan (the supervisory authority or the CSIRT); null when the plan names none,
 * or when the duty's name already says it ("... bij de Autoriteit Persoonsgegevens").
 */
export function recipient(t: TFunction, kind: ObligationKind, regulatory: Regulatory): string | null {
  const to =
    kind === 'gdpr_authority' || kind === 'gdpr_follow_up'
      ? regulatory.supervisory_authority
      : kind.startsWith('nis2_')
        ? regulatory.csirt
        : null;
  return to && !kindName(t, kind, regulatory).includes(to) ? to : null;
}

/** Which words recording the duty's outcome uses: sent to an authority, people informed, or the register entry. */
export function submissionWords(kind: ObligationKind): 'sent' | 'informed' | 'register' {
  return kind === 'gdpr_register' ? 'register' : kind === 'gdpr_data_subjects' ? 'informed' : 'sent';
}

/** How late a submission was, in minutes; null when it was in time or the duty has no deadline. */
export function minutesLate(o: { due_at: string | null; submission: { submitted_at: string } | null }) {
  if (!o.due_at || !o.submission) return null;
  const late = Date.parse(o.submission.submitted_at) - Date.parse(o.due_at);
  return late > 0 ? Math.max(1, Math.round(late / 60_000)) : null;
}

/** The register entry is the organisation's own record: confirmed, never sent, and never "not required". */
export const isRegister = (kind: ObligationKind) => kind === 'gdpr_register';
