// Writes a draft field by field, and fills the values the regimes share (contact, measures, services, ...) in the
// draft's language, so every regime's file only says which fields it asks for and in what order.
import type { Language } from '../api/common.js';
import { serviceStates } from '../api/incidents.js';
import { dataCategories, doraCriteria, nis2Criteria } from '../api/legal.js';
import { formatDateTime } from '../format-time.js';
import { t, type MessageKey } from '../i18n/index.js';
import type { legalEn } from '../i18n/legal-en.js';
import { incidentPhases } from '../incident/phases.js';
import { addHours } from './clock.js';
import type { DraftInput } from './drafts.js';
import type { ObligationKind } from './obligations.js';

export interface DraftField {
  key: string;
  section: string;
  label: string;
  value: string;
}

type Submission = DraftInput['submissions'][number];
type Suffix<K, P extends string> = K extends `${P}${infer S}` ? S : never;
/** A field's stable key; its label is the catalogue's `legal.draft.field.<key>`. */
export type FieldKey = Suffix<keyof typeof legalEn, 'legal.draft.field.'>;
export type SectionKey = Suffix<keyof typeof legalEn, 'legal.draft.section.'>;

const contained = new Set(['recovery', 'evaluation', 'closed']);
const handled = new Set(['evaluation', 'closed']);

export class DraftWriter {
  readonly fields: DraftField[] = [];
  private section = '';

  constructor(
    readonly input: DraftInput,
    readonly lang: Language,
  ) {}

  t(key: MessageKey, params: Record<string, string | number> = {}): string {
    return t(this.lang, key, params);
  }

  /** The fields added next belong to this section. */
  begin(section: SectionKey): this {
    this.section = this.t(`legal.draft.section.${section}`);
    return this;
  }

  /** Adds a field; its label is the field key's, unless the regime names the same thing differently. */
  add(key: FieldKey, value: string, label: FieldKey = key): this {
    this.fields.push({ key, section: this.section, label: this.t(`legal.draft.field.${label}`), value });
    return this;
  }

  get unknown(): string {
    return this.t('legal.draft.value.unknown');
  }

  get toFill(): string {
    return this.t('legal.draft.value.to_fill');
  }

  time(iso: string): string {
    return formatDateTime(iso, this.lang, this.input.timeZone);
  }

  /** Text as written, or "not known yet" when there is none. */
  text(value: string | null | undefined): string {
    const v = value?.trim();
    return v ? v : this.unknown;
  }

  /** A count as plain digits (what the authorities' number fields take), or "not known yet". */
  count(value: number | null | undefined): string {
    return value === null || value === undefined ? this.unknown : String(value);
  }

  /** The latest submission of this kind, if any. */
  latest(kind: ObligationKind): Submission | undefined {
    return this.ofKind(kind).at(-1);
  }

  /** The first submission of this kind, if any: GDPR follow-ups link to the first notification (Art. 33(4)). */
  first(kind: ObligationKind): Submission | undefined {
    return this.ofKind(kind)[0];
  }

  /** The newest submission of any of these kinds (the notification a follow-up adds to). */
  newestOf(kinds: ObligationKind[]): Submission | undefined {
    // Later in time wins; at the same moment a later kind in the list (a follow-up after the notification) and a
    // later one of the same kind.
    let newest: Submission | undefined;
    for (const kind of kinds)
      for (const s of this.ofKind(kind)) if (!newest || s.submitted_at >= newest.submitted_at) newest = s;
    return newest;
  }

  private ofKind(kind: ObligationKind): Submission[] {
    return this.input.submissions
      .filter((s) => s.kind === kind)
      .sort((a, b) => a.submitted_at.localeCompare(b.submitted_at));
  }

  submission(s: Submission): string {
    return this.t('legal.draft.value.submission', {
      report: this.t(`legal.draft.title.${s.kind}`),
      reference: s.reference,
      at: this.time(s.submitted_at),
    });
  }

  /** The report this one follows up: its reference and when it went out, or that it has not gone out yet. */
  previous(kind: ObligationKind): string {
    const s = this.latest(kind);
    return s
      ? this.submission(s)
      : this.t('legal.draft.value.not_submitted', { report: this.t(`legal.draft.title.${kind}`) });
  }

  phase(): string {
    const p = this.input.incident.phase;
    return (incidentPhases as readonly string[]).includes(p)
      ? this.t(`legal.draft.phase.${p as (typeof incidentPhases)[number]}`)
      : p;
  }

  get isHandled(): boolean {
    return handled.has(this.input.incident.phase);
  }

  get isContained(): boolean {
    return contained.has(this.input.incident.phase);
  }

  answer(value: 'yes' | 'no' | 'unknown' | undefined, yes: MessageKey, no: MessageKey): string {
    if (value === 'yes') return this.t(yes);
    if (value === 'no') return this.t(no);
    return this.unknown;
  }

  // Values shared by the regimes.

  recipient(): string {
    const a = this.input.authority;
    if (!a) return this.unknown;
    const reach = [a.name, a.email, a.phone].filter((v): v is string => !!v?.trim());
    return reach.length ? `${a.organisation} (${reach.join(', ')})` : a.organisation;
  }

  contactFields(): this {
    const c = this.input.contact;
    return this.add('contact.name', this.text(c?.name))
      .add('contact.role', this.text(c?.role))
      .add('contact.email', this.text(c?.email))
      .add('contact.phone', this.text(c?.phone));
  }

  /** One line for people to reach the contact point: name (function), email, phone. */
  contactLine(): string {
    const c = this.input.contact;
    if (!c) return this.unknown;
    const who = c.role.trim()
      ? this.t('legal.draft.value.contact_line', { name: c.name, role: c.role })
      : c.name;
    return [who, c.email, c.phone].filter((v): v is string => !!v?.trim()).join(', ');
  }

  summary(): string {
    return this.text(this.input.facts?.what_happened);
  }

  affected(): string {
    return this.text(this.input.facts?.affected);
  }

  /** What the breach did to the data, from the confidentiality/integrity/availability answers. */
  natureKind(): string {
    const g = this.input.assessment?.gdpr;
    const kinds = (['confidentiality', 'integrity', 'availability'] as const).filter((k) => g?.[k]);
    return kinds.length ? kinds.map((k) => this.t(`legal.draft.value.nature.${k}`)).join('; ') : this.unknown;
  }

  cia(): string {
    const g = this.input.assessment?.gdpr;
    if (!g || !(g.confidentiality || g.integrity || g.availability)) return this.unknown;
    const state = (hit: boolean) =>
      this.t(hit ? 'legal.draft.value.affected' : 'legal.draft.value.not_affected');
    return this.t('legal.draft.value.cia', {
      confidentiality: state(g.confidentiality),
      integrity: state(g.integrity),
      availability: state(g.availability),
    });
  }

  categories(): string {
    const chosen = this.input.assessment?.gdpr.categories ?? [];
    const ordered = dataCategories.filter((c) => chosen.includes(c));
    return ordered.length ? ordered.map((c) => this.t(`legal.draft.category.${c}`)).join('; ') : this.unknown;
  }

  encrypted(): string {
    const e = this.input.assessment?.gdpr.encrypted;
    return e && e !== 'unknown' ? this.t(`legal.draft.value.encrypted.${e}`) : this.unknown;
  }

  protectionDetails(): string {
    const e = this.input.assessment?.gdpr.encrypted;
    if (e === 'yes' || e === 'partly') return this.t('legal.draft.value.protection_details');
    if (e === 'no') return this.t('legal.draft.value.not_applicable');
    return this.unknown;
  }

  risk(): string {
    const r = this.input.assessment?.gdpr.risk;
    return r && r !== 'unknown' ? this.t(`legal.draft.value.risk.${r}`) : this.unknown;
  }

  /** Whether the people affected were told (the published messages), will be, or why not. */
  informed(): string {
    if (this.input.informed.length) {
      const list = [...this.input.informed]
        .sort((a, b) => a.published_at.localeCompare(b.published_at))
        .map((i) =>
          this.t('legal.draft.value.informed.item', { audience: i.audience, at: this.time(i.published_at) }),
        )
        .join('; ');
      return this.t('legal.draft.value.informed.yes', { list });
    }
    const r = this.input.assessment?.gdpr.risk;
    if (r === 'high') return this.t('legal.draft.value.informed.planned');
    if (r === 'none' || r === 'risk') return this.t('legal.draft.value.informed.not_required');
    return this.unknown;
  }

  /** What was done: the fact sheet's actions, then every decision with its reasons, one per line. */
  measures(): string {
    const lines: string[] = [];
    const actions = this.input.facts?.actions.trim();
    if (actions) lines.push(actions);
    for (const d of [...this.input.decisions].sort((a, b) => a.decided_at.localeCompare(b.decided_at)))
      lines.push(
        this.t('legal.draft.value.decision', {
          at: this.time(d.decided_at),
          title: d.title.trim().replace(/[.!?]+$/, ''),
          rationale: d.rationale.trim(),
        }),
      );
    return lines.length ? lines.join('\n') : this.unknown;
  }

  services(): string {
    const list = this.input.services.map((s) =>
      this.t('legal.draft.value.service', { name: s.name, state: this.serviceState(s.state) }),
    );
    return list.length ? list.join('; ') : this.unknown;
  }

  private serviceState(state: string): string {
    return (serviceStates as readonly string[]).includes(state)
      ? this.t(`legal.draft.service.${state as (typeof serviceStates)[number]}`)
      : state;
  }

  /** The fact sheet's expected recovery and the incident's estimate, or that neither is known. */
  expectedRecovery(): string {
    const lines: string[] = [];
    const text = this.input.facts?.expected_recovery.trim();
    if (text) lines.push(text);
    const eta = this.input.incident.eta_at;
    if (eta) lines.push(this.t('legal.draft.value.expected_by', { at: this.time(eta) }));
    return lines.length ? lines.join('\n') : this.unknown;
  }

  /** Mitigation still going on: none once the incident is handled, else what recovery still expects. */
  ongoingMitigation(): string {
    return this.isHandled
      ? this.t('legal.draft.value.handled', { phase: this.phase() })
      : this.expectedRecovery();
  }

  malicious(): string {
    return this.answer(
      this.input.assessment?.nis2.malicious,
      'legal.draft.value.malicious.yes',
      'legal.draft.value.malicious.no',
    );
  }

  crossBorder(): string {
    return this.answer(
      this.input.assessment?.nis2.cross_border,
      'legal.draft.value.cross_border.yes',
      'legal.draft.value.cross_border.no',
    );
  }

  personalData(): string {
    const fromAssessment = this.input.assessment?.gdpr.personal_data;
    const v =
      fromAssessment && fromAssessment !== 'unknown' ? fromAssessment : this.input.incident.personal_data;
    return this.answer(v, 'legal.draft.value.yes', 'legal.draft.value.no');
  }

  nis2Criteria(): string {
    const chosen = this.input.assessment?.nis2.criteria ?? [];
    const list = nis2Criteria.filter((c) => chosen.includes(c));
    return list.length ? list.map((c) => this.t(`legal.draft.nis2_criterion.${c}`)).join('; ') : this.unknown;
  }

  doraCriteria(): string {
    const chosen = this.input.assessment?.dora.criteria ?? [];
    const list = doraCriteria.filter((c) => chosen.includes(c));
    return list.length ? list.map((c) => this.t(`legal.draft.dora_criterion.${c}`)).join('; ') : this.unknown;
  }

  severity(): string {
    return this.t('legal.draft.value.severity', { severity: this.input.incident.severity });
  }

  /** Reports already made under other regimes (a GDPR notification names the NIS2 or DORA ones, and back). */
  otherReports(regime: 'gdpr' | 'nis2' | 'dora'): string {
    const list = [...this.input.submissions]
      .filter(
        (s) =>
          !s.kind.startsWith(`${regime}_`) && s.kind !== 'gdpr_register' && s.kind !== 'gdpr_data_subjects',
      )
      .sort((a, b) => a.submitted_at.localeCompare(b.submitted_at))
      .map((s) => this.submission(s));
    return list.length ? list.join('\n') : this.t('legal.draft.value.none_recorded');
  }

  /** GDPR Art. 33(1): a first notification made after 72 hours gives the reasons for the delay. */
  delayReason(): string {
    const due = addHours(this.input.incident.awareness_at, 72);
    return Date.parse(this.input.now) > Date.parse(due)
      ? this.t('legal.draft.value.late')
      : this.t('legal.draft.value.in_time');
  }

  incidentLine(): string {
    const i = this.input.incident;
    return this.t('legal.draft.value.incident', { reference: i.reference, title: i.title });
  }
}
