// What the web app needs before login: is Stormbell set up, the organisation, and whether mail really goes out.
import type { z } from 'zod';
import type { ZSystemInfo } from '../../core/api/system.js';
import { countActiveAdmins, getOrganisation } from '../../store/repos/accounts.js';
import type { Language } from '../../core/api/common.js';
import type { Ctx } from '../context.js';
import { version } from '../version.js';

export async function getSystemInfo(ctx: Ctx): Promise<z.infer<typeof ZSystemInfo>> {
  const org = await getOrganisation(ctx.store.db);
  const admins = await countActiveAdmins(ctx.store.db);
  return {
    setup_required: !org || admins === 0,
    organisation: org ? { name: org.name, default_language: org.default_language as Language } : null,
    mail_mode: ctx.config.smtpUrl ? 'smtp' : 'viewer',
    version,
  };
}
