// First run: creates the organisation and its first admin, and logs that admin in.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ZSetupRequest } from '../../core/api/accounts.js';
import { DomainError } from '../../core/errors.js';
import {
  countActiveAdmins,
  getAccountByEmail,
  getOrganisation,
  insertAccount,
  insertOrganisation,
} from '../../store/repos/accounts.js';
import type { Tx } from '../../store/db.js';
import { inTransaction, type Ctx } from '../context.js';
import { hashPassword } from '../security/password.js';
import { newSecret } from '../security/tokens.js';
import { startSession } from '../auth/start-session.js';
import { presentAccount } from './present.js';
import { latestPlanVersion } from '../../store/repos/plan.js';
import { validatePlanYaml } from '../../core/plan/index.js';
import { t } from '../../core/i18n/index.js';
import { starterPlanYaml } from '../plan/starter-plan.js';
import { savePlanVersion } from '../plan/save-plan-version.js';

/** An organisation with an active admin exists (one without, after a failed start, may be set up again). */
async function alreadySetUp(tx: Tx): Promise<boolean> {
  return Boolean(await getOrganisation(tx)) && (await countActiveAdmins(tx)) > 0;
}

export async function setupOrganisation(
  ctx: Ctx,
  input: z.infer<typeof ZSetupRequest>,
  options = { login: true },
) {
  // Refused before the memory-hard hash too: once set up, an anonymous caller must not make the server work for
  // nothing (the check inside the transaction below still decides a race between two first set-ups).
  if (await alreadySetUp(ctx.store.db)) throw new DomainError('conflict', 'error.already_set_up');
  const passwordHash = await hashPassword(input.password);
  const accountId = randomUUID();
  const actor = {
    id: accountId,
    name: input.name,
    email: input.email,
    level: 'admin',
    language: input.language,
    via: 'session',
  } as const;
  return inTransaction({ ...ctx, actor }, async (u) => {
    // Checked inside the transaction so two set-ups at once cannot both win (the unique organisation id also guards).
    const existing = await getOrganisation(u.tx);
    if (existing && (await countActiveAdmins(u.tx)) > 0)
      throw new DomainError('conflict', 'error.already_set_up');
    if (!existing) {
      await insertOrganisation(u.tx, {
        id: 'org',
        name: input.organisation_name,
        default_language: input.language,
        secret: ctx.config.secret ?? newSecret(),
        created_at: u.now,
      });
    }
    if (await getAccountByEmail(u.tx, input.email)) throw new DomainError('conflict', 'error.email_taken');
    const row = {
      id: accountId,
      email: input.email,
      name: input.name,
      language: input.language,
      access_level: 'admin',
      password_hash: passwordHash,
      created_at: u.now,
      updated_at: u.now,
      deactivated_at: null,
    };
    await insertAccount(u.tx, row);
    await u.event('organisation.set_up', { organisation: input.organisation_name, language: input.language });
    await u.event(
      'account.created',
      { email: row.email, name: row.name, access_level: 'admin', language: row.language },
      { subject: accountId },
    );
    if (!(await latestPlanVersion(u.tx))) {
      // The plan starts as the starter plan in the organisation's language, ready to be made its own.
      const yaml = starterPlanYaml(input.language, input.organisation_name, u.now.slice(0, 10));
      const result = validatePlanYaml(yaml, input.language);
      if (!result.ok) throw new Error(`The starter plan does not validate: ${result.errors[0]?.message}`);
      await savePlanVersion(u, {
        yaml,
        plan: result.plan,
        previous: null,
        description: t(input.language, 'plan.starter_description'),
        authorId: accountId,
      });
    }
    const session = options.login ? await startSession(u.tx, ctx.config, accountId, ctx.clock.now()) : null;
    return { account: presentAccount(row), session };
  });
}
