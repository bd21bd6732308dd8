// Fires one inject inside the caller's transaction: recorded once (a second tick finds the row and stops), an
// `exercise.inject` event on the exercise's own chain and, once it exists, on the exercise incident's timeline
// (participants see it live), and for `email` a mail to the holders of its roles marked EXERCISE / OEFENING: the
// only mail an exercise sends.
import type { InjectChannel, InjectEventPayload } from '../../core/api/exercises.js';
import type { Language } from '../../core/api/common.js';
import { t } from '../../core/i18n/index.js';
import { escapeHtml, mailLayout } from '../../core/mail/render.js';
import { markdownToHtml } from '../../core/markdown.js';
import { emailDelivery } from '../../delivery/email.js';
import { listRoles } from '../../store/repos/incidents.js';
import { claimInject, type ExerciseRow } from '../../store/repos/exercises.js';
import type { Ctx, Unit } from '../context.js';
import { currentPlan } from '../plan/current-plan.js';

export interface InjectContent {
  id: string;
  title: string;
  body: string;
  to: string[];
  how: InjectChannel[];
  from: string | null;
}

/** What a script's inject says, as it is fired (no sender: null). */
export function scriptInjectContent(
  inject: Omit<InjectContent, 'from'> & { from?: string | null | undefined },
): InjectContent {
  return {
    id: inject.id,
    title: inject.title,
    body: inject.body,
    to: inject.to,
    how: inject.how,
    from: inject.from ?? null,
  };
}

interface Participant {
  name: string;
  email: string;
}

/** Who holds the inject's roles: on the exercise incident once declared, else the plan's primary people. */
async function participants(
  ctx: Ctx,
  u: Unit,
  exercise: ExerciseRow,
  roles: string[],
): Promise<Participant[]> {
  const found = new Map<string, Participant>();
  if (exercise.incident_id) {
    for (const r of await listRoles(u.tx, exercise.incident_id))
      if (roles.includes(r.role_id) && r.email)
        found.set(r.email.toLowerCase(), { name: r.name, email: r.email });
  } else {
    const { plan } = await currentPlan(ctx.store, u.tx);
    for (const role of plan.roles.filter((r) => roles.includes(r.id))) {
      const person = plan.people.find((p) => p.id === role.primary);
      if (person) found.set(person.email.toLowerCase(), { name: person.name, email: person.email });
    }
  }
  return [...found.values()];
}

function injectMail(
  lang: Language,
  exercise: ExerciseRow,
  inject: InjectContent,
  person: Participant,
  url: string,
  organisation: string,
): { subject: string; text: string; html: string } {
  const mark = t(lang, 'exercise.mark');
  const subject = t(lang, 'mail.exercise_inject.subject', { mark, title: inject.title });
  const greeting = t(lang, 'mail.greeting', { name: person.name });
  const intro = t(lang, 'mail.exercise_inject.intro', { exercise: exercise.title });
  const from = inject.from ? t(lang, 'mail.exercise_inject.from', { from: inject.from }) : '';
  const action = t(lang, 'mail.exercise_inject.action');
  const footer = t(lang, 'mail.footer', { org: organisation });
  const text = [
    `[${mark}]`,
    greeting,
    intro,
    ...(from ? [from] : []),
    inject.body.trim(),
    `${action}: ${url}`,
  ]
    .join('\n\n')
    .concat(`\n\n-- \n${footer}\n`);
  const html = mailLayout({
    language: lang,
    title: subject,
    content: `<p style="margin:0 0 16px;font-weight:bold;color:#a61b1b">${escapeHtml(mark)}</p>
<p style="margin:0 0 16px">${escapeHtml(greeting)}</p>
<p style="margin:0 0 16px;font-style:italic">${escapeHtml(intro)}</p>
${from ? `<p style="margin:0 0 16px">${escapeHtml(from)}</p>` : ''}<div style="margin:0 0 24px;line-height:1.5">${markdownToHtml(inject.body, { headingLevel: 2 })}</div>
<p style="margin:0 0 24px"><a href="${escapeHtml(url)}" style="color:#1c5dad">${escapeHtml(action)}</a></p>`,
    footer,
  });
  return { subject, text, html };
}

/**
 * Fires the inject now (exercise time `firedMs`); false when it had already fired. `dueMs` is when it was due (for
 * an inject fired early, later than `firedMs`).
 */
export async function fireInjectIn(
  ctx: Ctx,
  u: Unit,
  exercise: ExerciseRow,
  inject: InjectContent,
  timing: { dueMs: number; firedMs: number; early: boolean; adHoc: boolean },
): Promise<boolean> {
  const people = inject.how.includes('email') ? await participants(ctx, u, exercise, inject.to) : [];
  const claimed = await claimInject(u.tx, {
    exercise_id: exercise.id,
    inject_id: inject.id,
    title: inject.title,
    body: inject.body,
    to_roles: JSON.stringify(inject.to),
    how: JSON.stringify(inject.how),
    from_persona: inject.from,
    due_ms: timing.dueMs,
    fired_at: u.now,
    fired_ms: timing.firedMs,
    early: timing.early ? 1 : 0,
    ad_hoc: timing.adHoc ? 1 : 0,
    emails: people.length,
    on_timeline: exercise.incident_id ? 1 : 0,
  });
  if (!claimed) return false;
  const payload: InjectEventPayload = {
    exercise_id: exercise.id,
    inject_id: inject.id,
    title: inject.title,
    body: inject.body,
    to: inject.to,
    how: inject.how,
    from: inject.from,
    fired_ms: timing.firedMs,
    early: timing.early,
    ad_hoc: timing.adHoc,
  };
  await u.event(
    'exercise.inject',
    { ...payload, emails: people.length },
    { chainId: exercise.id, subject: inject.id },
  );
  if (exercise.incident_id)
    await u.event('exercise.inject', payload, { chainId: exercise.incident_id, subject: exercise.id });
  if (people.length === 0) return true;
  const { plan } = await currentPlan(ctx.store, u.tx);
  const lang = exercise.language as Language;
  const url = exercise.incident_id
    ? `${ctx.config.publicUrl}/incidents/${exercise.incident_id}`
    : `${ctx.config.publicUrl}/exercises/${exercise.id}`;
  for (const person of people)
    await u.deliver(
      emailDelivery({
        key: `exercise-inject:${exercise.id}:${inject.id}:${person.email.toLowerCase()}`,
        to: person.email,
        ...injectMail(lang, exercise, inject, person, url, plan.organisation.name),
        publicUrl: ctx.config.publicUrl,
        at: u.now,
      }),
    );
  return true;
}
