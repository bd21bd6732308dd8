// The deliveries one publication makes: an email per recipient in their language, a post per chat webhook, a
// signed call per webhook receiver. Pages (status, internal, press) read published messages and need none.
import type { Language } from '../../core/api/common.js';
import type { MessageContent } from '../../core/api/messages.js';
import { renderMessageMail } from '../../core/mail/message-mail.js';
import type { Channel, Plan, PlanAudience } from '../../core/plan/index.js';
import { chatDelivery } from '../../delivery/chat.js';
import { emailDelivery } from '../../delivery/email.js';
import { webhookDelivery } from '../../delivery/webhook.js';
import type { NewDelivery } from '../../store/repos/outbox.js';

export interface Publication {
  messageId: string;
  incident: { id: string; reference: string; title: string; exercise: boolean };
  plan: Plan;
  audience: PlanAudience;
  channels: Channel[];
  contents: MessageContent[];
  kind: string;
  corrects: { id: string; publishedAt: string } | null;
  publishedAt: string;
  publicUrl: string;
  webhookSecret: string;
  /** People uploaded for this incident's audience (CSV), emailed besides the plan's recipients. */
  uploaded?: Recipient[];
}

export interface Recipient {
  email: string;
  name: string | null;
  language: Language;
}

/** The audience's email recipients from the plan, then those uploaded for the incident; each address once. */
export function emailRecipients(plan: Plan, audience: PlanAudience, uploaded: Recipient[] = []): Recipient[] {
  const byEmail = new Map<string, Recipient>();
  for (const r of audience.recipients ?? []) {
    let found: Recipient | undefined;
    if (r.person) {
      const p = plan.people.find((x) => x.id === r.person);
      if (p) found = { email: p.email, name: p.name, language: p.language };
    } else if (r.contact) {
      const c = plan.contacts.find((x) => x.id === r.contact);
      if (c?.email)
        found = { email: c.email, name: c.name ?? c.organisation, language: plan.organisation.language };
    } else if (r.email)
      found = { email: r.email, name: r.name ?? null, language: r.language ?? plan.organisation.language };
    if (found && !byEmail.has(found.email.toLowerCase())) byEmail.set(found.email.toLowerCase(), found);
  }
  for (const r of uploaded) if (!byEmail.has(r.email.toLowerCase())) byEmail.set(r.email.toLowerCase(), r);
  return [...byEmail.values()];
}

/** The text in the reader's language when the message has it, else in its first language. */
export function contentFor(contents: MessageContent[], language: Language): MessageContent {
  return contents.find((c) => c.language === language) ?? contents[0]!;
}

export function deliveriesOf(p: Publication): Array<Omit<NewDelivery, 'at'>> {
  const link = (d: Omit<NewDelivery, 'at'>, language?: Language) => ({
    ...d,
    incidentId: p.incident.id,
    messageId: p.messageId,
    ...(language ? { language } : {}),
    // An exercise is practised for real up to the outbox, and stops there.
    captured: p.incident.exercise,
  });
  const out: Array<Omit<NewDelivery, 'at'>> = [];
  const key = (rest: string) => `message:${p.messageId}:${rest}`;
  if (p.channels.includes('email'))
    for (const r of emailRecipients(p.plan, p.audience, p.uploaded)) {
      const content = contentFor(p.contents, r.language);
      const mail = renderMessageMail({
        language: content.language,
        organisation: p.plan.organisation.name,
        subject: content.subject,
        body: content.body,
        exercise: p.incident.exercise,
        reference: p.incident.reference,
        ...(p.corrects ? { correction: { publishedAt: p.corrects.publishedAt } } : {}),
      });
      const { at: _at, ...d } = emailDelivery({
        key: key(`email:${r.email.toLowerCase()}`),
        to: r.name ? `"${r.name.replace(/["\\\r\n]/g, '')}" <${r.email}>` : r.email,
        ...mail,
        fromName: p.plan.organisation.name,
        publicUrl: p.publicUrl,
        at: p.publishedAt,
      });
      out.push(link(d, content.language));
    }
  if (p.channels.includes('chat'))
    (p.audience.chat ?? []).forEach((chat, i) => {
      const [first, ...others] = p.contents;
      const text = [first!.body, ...others.map((c) => `**${c.subject}**\n\n${c.body}`)].join('\n\n---\n\n');
      const { at: _at, ...d } = chatDelivery({
        key: key(`chat:${i}`),
        format: chat.service,
        url: chat.url,
        title: first!.subject,
        text,
        exercise: p.incident.exercise,
        ...(chat.name ? { recipient: `${chat.service} ${chat.name}` } : {}),
        at: p.publishedAt,
      });
      out.push(link(d, first!.language));
    });
  if (p.channels.includes('webhook'))
    (p.audience.webhooks ?? []).forEach((hook, i) => {
      const { at: _at, ...d } = webhookDelivery({
        key: key(`webhook:${i}`),
        url: hook.url,
        secret: p.webhookSecret,
        event: 'message.published',
        data: {
          message_id: p.messageId,
          incident: { reference: p.incident.reference, title: p.incident.title },
          audience: { id: p.audience.id, name: p.audience.name },
          kind: p.kind,
          published_at: p.publishedAt,
          corrects_id: p.corrects?.id ?? null,
          exercise: p.incident.exercise,
          contents: p.contents,
        },
        ...(hook.name ? { recipient: hook.name } : {}),
        at: p.publishedAt,
      });
      out.push(link(d));
    });
  return out;
}
