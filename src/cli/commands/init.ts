// `stormbell init`: the first-run setup from the shell: the organisation and its first admin.
import { ZSetupRequest } from '../../core/api/accounts.js';
import { setupOrganisation } from '../../app/accounts/setup-organisation.js';
import { withServices } from '../services.js';
import { readPassword } from '../read-password.js';
import { CliError } from '../errors.js';

export interface InitOptions {
  org?: string;
  name?: string;
  email?: string;
  language?: string;
}

export async function init(options: InitOptions): Promise<void> {
  const missing = (['org', 'name', 'email'] as const).filter((k) => !options[k]);
  if (missing.length > 0)
    throw new CliError(
      `Missing ${missing.map((m) => `--${m}`).join(', ')}: stormbell init --org NAME --name NAME --email EMAIL [--language nl|en].`,
    );
  const password = await readPassword('Password for the first admin: ');
  const input = ZSetupRequest.parse({
    organisation_name: options.org,
    name: options.name,
    email: options.email,
    language: options.language ?? 'en',
    password,
  });
  await withServices(async (s) => {
    const { account } = await setupOrganisation({ ...s, actor: null }, input, { login: false });
    console.log(`Set up "${input.organisation_name}" with ${account.name} <${account.email}> as admin.`);
  });
}
