// The prefilled description of a new version, in the words of the catalogues.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Plan } from '@core/plan/schema';
import { describeChange } from './describe-change';

const root = new URL('../../../../', import.meta.url);
const starter = parse(readFileSync(new URL('plans/starter-nl.yaml', root), 'utf8')) as Plan;
const words = (lng: string) =>
  JSON.parse(readFileSync(new URL(`web/src/i18n/plan-edit.${lng}.json`, root), 'utf8')) as Record<
    string,
    unknown
  >;

/** A small i18next stand-in: nested keys, {{placeholders}} and _one/_other plurals. */
function translator(lng: string) {
  const catalogue = words(lng);
  const lookup = (key: string) =>
    key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
  return (key: string, options: Record<string, unknown> = {}) => {
    const plural =
      typeof options.count === 'number' ? `${key}_${options.count === 1 ? 'one' : 'other'}` : key;
    const text = lookup(plural) ?? lookup(key);
    if (typeof text !== 'string') throw new Error(`no words for ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]));
  };
}

const copy = () => structuredClone(starter);

describe('describeChange', () => {
  it('names the field and the item that changed', () => {
    const after = copy();
    after.roles[0]!.deputies = ['ahmed_yilmaz'];
    expect(describeChange(starter, after, translator('en'))).toBe('Roles: deputies of Crisismanager changed');
    expect(describeChange(starter, after, translator('nl'))).toBe(
      'Rollen: vervangers van Crisismanager gewijzigd',
    );
  });

  it('names added and removed items, per section', () => {
    const after = copy();
    after.people.push({ id: 'kim', name: 'Kim', email: 'kim@example.org', phone: '+31 6 1', language: 'nl' });
    after.services = after.services.filter((s) => s.id !== 'payroll');
    expect(describeChange(starter, after, translator('en'))).toBe(
      'Team: Kim added; Services: Salarisadministratie removed',
    );
  });

  it('matches an item whose id changed by its place', () => {
    const after = copy();
    after.contacts[0]!.id = 'verzekeraar';
    expect(describeChange(starter, after, translator('en'))).toMatch(/^External contacts: id of .+ changed$/);
  });

  it('names the new parts: recipients and guidance by their field, the press contact and jargon by their part', () => {
    const after = copy();
    after.audiences[0]!.recipients = [{ person: 'sanne_de_vries' }];
    after.audiences[6]!.chat = [{ service: 'teams', url: 'https://example.org/teams' }];
    after.scenarios[1]!.employee_guidance!.dont.push('Bel niet zelf met de ontvanger.');
    after.organisation.press_contact = { name: 'Persvoorlichting', phone: '+31 20 123 4567' };
    after.jargon = { nl: [{ term: 'KCC', plain: 'de klantenservice' }] };
    expect(describeChange(starter, after, translator('nl'))).toBe(
      'Doelgroepen: ontvangers van Medewerkers gewijzigd, chatkoppelingen van Crisisteam gewijzigd; ' +
        "Scenario's: instructies voor medewerkers van Datalek gewijzigd; Organisatie gewijzigd; Vaktaal gewijzigd",
    );
  });

  it('sums up many changes, and reorders and the regulatory profile', () => {
    const after = copy();
    after.scenarios.forEach((s) => (s.description += '.'));
    after.severities.reverse();
    after.regulatory.dora.financial_entity = true;
    expect(describeChange(starter, after, translator('en'))).toBe(
      'Severities: order changed; Scenarios: description of Ransomware (gijzelsoftware) changed, ' +
        'description of Datalek changed, and 3 more changes; Regulatory profile changed',
    );
  });
});
