// The built-in mail viewer: admins read mail that was kept because no SMTP server is configured.
import { notFound } from '../../core/errors.js';
import { getMail, listMail } from '../../store/repos/mailbox.js';
import { requireActor, type Ctx } from '../context.js';

export async function listKeptMail(ctx: Ctx) {
  requireActor(ctx, 'admin');
  const rows = await listMail(ctx.store.db, 200);
  return {
    mail_mode: ctx.config.smtpUrl ? ('smtp' as const) : ('viewer' as const),
    items: rows.map((r) => ({
      id: r.id,
      recipient: r.recipient,
      subject: r.subject,
      created_at: r.created_at,
    })),
  };
}

export async function readKeptMail(ctx: Ctx, id: string) {
  requireActor(ctx, 'admin');
  const r = await getMail(ctx.store.db, id);
  if (!r) throw notFound('mail');
  return {
    id: r.id,
    recipient: r.recipient,
    subject: r.subject,
    created_at: r.created_at,
    message_id: r.message_id,
    text_body: r.text_body,
    html_body: r.html_body,
  };
}
