// `stormbell plan validate|import|export`: the plan as YAML in git, checked in CI, imported and exported.
import { validatePlanYaml } from '../../core/plan/index.js';
import type { Language } from '../../core/api/common.js';
import { getAccountByEmail } from '../../store/repos/accounts.js';
import { actorFromRow } from '../../app/accounts/present.js';
import { replacePlan } from '../../app/plan/replace-plan.js';
import { currentPlan } from '../../app/plan/current-plan.js';
import { countActiveAdmins } from '../../store/repos/accounts.js';
import { withServices } from '../services.js';
import { DomainError } from '../../core/errors.js';
import { CliError } from '../errors.js';
import { readFile } from '../read-file.js';

/** Exit 0 when the file is a valid plan; otherwise every problem as file:line:column: message, and exit 1. */
export async function planValidate(file: string, options: { language?: string }): Promise<number> {
  const language: Language = options.language === 'nl' ? 'nl' : 'en';
  const result = validatePlanYaml(readFile(file), language);
  if (result.ok) {
    const p = result.plan;
    console.log(
      `${file}: valid plan for ${p.organisation.name} (${p.roles.length} roles, ${p.people.length} people, ${p.scenarios.length} scenarios).`,
    );
    return 0;
  }
  for (const e of result.errors) {
    console.error(`${file}:${e.line ?? 1}:${e.column ?? 1}: ${e.message}`);
  }
  console.error(
    `${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}; the plan is not valid.`,
  );
  return 1;
}

export async function planImport(
  file: string,
  options: { email?: string; description?: string },
): Promise<number> {
  const yaml = readFile(file);
  return withServices(async (s) => {
    const admin = options.email ? await getAccountByEmail(s.store.db, options.email) : undefined;
    if (options.email && (!admin || admin.deactivated_at || admin.access_level !== 'admin')) {
      throw new CliError(`${options.email} is not an active admin account.`);
    }
    if (!options.email && (await countActiveAdmins(s.store.db)) === 0) {
      throw new CliError('Stormbell is not set up yet: run `stormbell init` first.');
    }
    // From the shell the person at the keyboard owns the database; the change is recorded as theirs when named.
    const actor = admin
      ? actorFromRow(admin, 'cli')
      : {
          id: 'cli',
          name: 'stormbell plan import',
          email: '',
          level: 'admin' as const,
          language: 'en' as const,
          via: 'cli' as const,
        };
    let saved;
    try {
      saved = await replacePlan(
        { ...s, actor },
        { yaml, description: options.description ?? `Imported from ${file}` },
      );
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'invalid' || err.fields.length === 0) throw err;
      for (const f of err.fields)
        console.error(`${file}:${f.line ?? 1}:${f.column ?? 1}: ${f.message ?? f.key}`);
      console.error(`${err.fields.length} problems; nothing was imported, the plan in force stays in force.`);
      return 1;
    }
    console.log(
      saved.changed
        ? `Imported ${file} as plan version ${saved.version}.`
        : `${file} is the plan in force already (version ${saved.version}); nothing changed.`,
    );
    return 0;
  });
}

export async function planExport(): Promise<void> {
  await withServices(async (s) => {
    const { row } = await currentPlan(s.store);
    process.stdout.write(row.yaml.endsWith('\n') ? row.yaml : `${row.yaml}\n`);
  });
}
