// `stormbell token create`: an API token for an account, printed alone so scripts can capture it.
import { getAccountByEmail } from '../../store/repos/accounts.js';
import { actorFromRow } from '../../app/accounts/present.js';
import { createApiToken } from '../../app/tokens/create-api-token.js';
import { withServices } from '../services.js';
import { CliError } from '../errors.js';

export async function tokenCreate(options: { email?: string; name?: string }): Promise<void> {
  if (!options.email || !options.name)
    throw new CliError('Missing --email or --name: stormbell token create --email EMAIL --name LABEL.');
  const label = options.name.trim();
  if (label.length === 0 || label.length > 100) throw new CliError('--name must be 1 to 100 characters.');
  await withServices(async (s) => {
    const account = await getAccountByEmail(s.store.db, options.email!.trim());
    if (!account) throw new CliError(`There is no account with the email address ${options.email}.`);
    if (account.deactivated_at) throw new CliError(`The account ${account.email} is deactivated.`);
    const { token } = await createApiToken({ ...s, actor: actorFromRow(account, 'cli') }, { name: label });
    process.stdout.write(`${token}\n`);
  });
}
