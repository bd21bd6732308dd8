// The built-in mail viewer's store: mail kept instead of sent while no SMTP server is configured.
import type { Tx } from '../db.js';
import type { MailboxTable } from '../schema.js';

export async function insertMail(tx: Tx, row: MailboxTable): Promise<void> {
  await tx.insertInto('mailbox').values(row).execute();
}

export async function listMail(tx: Tx, limit: number) {
  return tx
    .selectFrom('mailbox')
    .select(['id', 'recipient', 'subject', 'created_at', 'message_id'])
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

export async function getMail(tx: Tx, id: string): Promise<MailboxTable | undefined> {
  return tx.selectFrom('mailbox').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findMailByMessageId(tx: Tx, messageId: string): Promise<MailboxTable | undefined> {
  return tx.selectFrom('mailbox').selectAll().where('message_id', '=', messageId).executeTakeFirst();
}
