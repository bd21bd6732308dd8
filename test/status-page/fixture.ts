// A realistic status-page snapshot for pure-function tests (feeds, /api/v2 documents, pages): 12 components in 3
// groups, 3 open incidents with 4 updates each, maintenance upcoming and in progress, and resolved history (two
// incidents, a completed and a cancelled maintenance). Deterministic: the same options give the same snapshot.
import type {
  Localised,
  SnapshotComponent,
  SnapshotGroup,
  SnapshotIncident,
  SnapshotIncidentUpdate,
  SnapshotMaintenance,
  StatusSnapshot,
} from '../../src/core/status-page/snapshot.js';
import type { ComponentStatus, Impact, IncidentStatus } from '../../src/core/status-page/values.js';
import { HISTORY_DAYS } from '../../src/core/status-page/values.js';

export const FIXTURE_NOW = '2026-12-01T10:00:00.000Z';
export const FIXTURE_URL = 'https://status.example.nl';

const kinds = {
  page: 'a0000000',
  group: 'b0000000',
  component: 'c0000000',
  incident: 'd0000000',
  update: 'e0000000',
  maintenance: 'f0000000',
} as const;

/** A fixed UUID per kind and number, so tests can name things. */
export function fixtureId(kind: keyof typeof kinds, n: number): string {
  return `${kinds[kind]}-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export interface FixtureOptions {
  /** The moment the snapshot was loaded (default FIXTURE_NOW). */
  now?: string;
  url?: string;
  name?: string;
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const groupNames: Localised[] = [
  { nl: 'Mijn omgeving', en: 'Customer portal' },
  { nl: 'Communicatie', en: 'Communication' },
  { nl: 'Betalen', en: 'Payments' },
];
const componentNames: Localised[][] = [
  [
    { nl: 'Inloggen', en: 'Login' },
    { nl: 'Dossier inzien', en: 'Case files' },
    { nl: 'Documenten uploaden', en: 'Document upload' },
    { nl: 'Afspraken maken', en: 'Appointments' },
  ],
  [
    { nl: 'E-mail', en: 'Email' },
    { nl: 'Sms-meldingen', en: 'Text messages' },
    { nl: 'Chat met de klantenservice', en: 'Customer service chat' },
    { nl: 'Telefooncentrale', en: 'Telephone exchange' },
  ],
  [
    { nl: 'iDEAL-betalingen', en: 'iDEAL payments' },
    { nl: 'Automatische incasso', en: 'Direct debit' },
    { nl: 'Facturen', en: 'Invoices' },
    { nl: 'Terugbetalingen', en: 'Refunds' },
  ],
];

interface UpdatePlan {
  status: IncidentStatus;
  minutesAgo: number;
  subject: Localised;
  body: Localised;
  affected: { component: number; status: ComponentStatus }[];
}

interface IncidentPlan {
  impact: Impact;
  updates: UpdatePlan[];
}

// Component numbers are 1..12 (group 1: 1-4, group 2: 5-8, group 3: 9-12).
const openIncidents: IncidentPlan[] = [
  {
    impact: 'major',
    updates: [
      {
        status: 'investigating',
        minutesAgo: 95,
        subject: { nl: 'Inloggen lukt niet altijd', en: 'Login sometimes fails' },
        body: {
          nl: 'Sommige klanten kunnen **niet inloggen**. We zoeken uit waarom.',
          en: 'Some customers **cannot log in**. We are finding out why.',
        },
        affected: [{ component: 1, status: 'partial_outage' }],
      },
      {
        status: 'identified',
        minutesAgo: 70,
        subject: { nl: 'Inloggen lukt niet altijd', en: 'Login sometimes fails' },
        body: {
          nl: 'De oorzaak is een fout in de koppeling met DigiD. We werken aan een oplossing.',
          en: 'The cause is a fault in the link with DigiD. We are working on a fix.',
        },
        affected: [
          { component: 1, status: 'major_outage' },
          { component: 2, status: 'degraded_performance' },
        ],
      },
      {
        status: 'identified',
        minutesAgo: 40,
        subject: { nl: 'Inloggen werkt niet', en: 'Login does not work' },
        body: {
          nl: 'Inloggen werkt nu helemaal niet. Bel ons op [088 123 45 67](tel:0881234567) als het dringend is.\n\n- Uw gegevens zijn veilig.\n- Betalingen gaan door.',
          en: 'Login does not work at all now. Call us on 088 123 45 67 if it is urgent.\n\n- Your data is safe.\n- Payments go ahead.',
        },
        affected: [{ component: 1, status: 'major_outage' }],
      },
      {
        status: 'monitoring',
        minutesAgo: 10,
        subject: { nl: 'Inloggen werkt weer', en: 'Login works again' },
        body: {
          nl: 'Inloggen werkt weer. We houden het in de gaten. Meer op <https://www.example.nl/nieuws>.',
          en: 'Login works again. We are keeping an eye on it. More on <https://www.example.nl/news>.',
        },
        affected: [
          { component: 1, status: 'operational' },
          { component: 2, status: 'operational' },
        ],
      },
    ],
  },
  {
    impact: 'minor',
    updates: [
      {
        status: 'investigating',
        minutesAgo: 240,
        subject: { nl: 'Sms-meldingen komen later aan', en: 'Text messages arrive late' },
        body: {
          nl: 'Sms-meldingen komen tot een uur later aan.',
          en: 'Text messages arrive up to an hour late.',
        },
        affected: [{ component: 6, status: 'degraded_performance' }],
      },
      {
        status: 'investigating',
        minutesAgo: 200,
        subject: { nl: 'Sms-meldingen komen later aan', en: 'Text messages arrive late' },
        body: { nl: 'We onderzoeken het nog.', en: 'We are still looking into it.' },
        affected: [],
      },
      {
        status: 'identified',
        minutesAgo: 150,
        subject: { nl: 'Sms-meldingen komen later aan', en: 'Text messages arrive late' },
        body: {
          nl: 'Onze sms-leverancier heeft een storing. E-mail werkt wel.',
          en: 'Our text message provider has an outage. Email works.',
        },
        affected: [{ component: 6, status: 'partial_outage' }],
      },
      {
        status: 'identified',
        minutesAgo: 60,
        subject: { nl: 'Sms-meldingen komen later aan', en: 'Text messages arrive late' },
        body: {
          nl: 'De leverancier verwacht het vanmiddag op te lossen.',
          en: 'The provider expects to fix it this afternoon.',
        },
        affected: [{ component: 6, status: 'degraded_performance' }],
      },
    ],
  },
  {
    impact: 'critical',
    updates: [
      {
        status: 'investigating',
        minutesAgo: 50,
        subject: { nl: 'iDEAL-betalingen mislukken', en: 'iDEAL payments fail' },
        body: { nl: 'Betalen met iDEAL mislukt.', en: 'Paying with iDEAL fails.' },
        affected: [{ component: 9, status: 'major_outage' }],
      },
      {
        status: 'investigating',
        minutesAgo: 35,
        subject: { nl: 'iDEAL-betalingen mislukken', en: 'iDEAL payments fail' },
        body: {
          nl: 'Ook terugbetalingen lopen vertraging op.',
          en: 'Refunds are delayed as well.',
        },
        affected: [{ component: 12, status: 'degraded_performance' }],
      },
      {
        status: 'identified',
        minutesAgo: 20,
        subject: { nl: 'iDEAL-betalingen mislukken', en: 'iDEAL payments fail' },
        body: {
          nl: 'Een certificaat bij onze betaaldienst is verlopen. Het nieuwe wordt geplaatst.',
          en: 'A certificate at our payment service expired. The new one is being installed.',
        },
        affected: [],
      },
      {
        status: 'identified',
        minutesAgo: 5,
        subject: { nl: 'iDEAL-betalingen mislukken nog', en: 'iDEAL payments still fail' },
        body: {
          nl: 'Het duurt langer dan verwacht. Betaal zo nodig later; er komen geen extra kosten.',
          en: 'It takes longer than expected. Pay later if you need to; there are no extra costs.',
        },
        affected: [{ component: 9, status: 'major_outage' }],
      },
    ],
  },
];

const resolvedIncidents: IncidentPlan[] = [
  {
    impact: 'minor',
    updates: [
      {
        status: 'investigating',
        minutesAgo: 5 * 24 * 60 + 30,
        subject: { nl: 'Chat traag', en: 'Chat slow' },
        body: { nl: 'De chat reageert traag.', en: 'The chat responds slowly.' },
        affected: [{ component: 7, status: 'degraded_performance' }],
      },
      {
        status: 'resolved',
        minutesAgo: 5 * 24 * 60,
        subject: { nl: 'Chat werkt weer', en: 'Chat works again' },
        body: { nl: 'De chat werkt weer normaal.', en: 'The chat works normally again.' },
        affected: [{ component: 7, status: 'operational' }],
      },
    ],
  },
  {
    impact: 'major',
    updates: [
      {
        status: 'investigating',
        minutesAgo: 40 * 24 * 60 + 120,
        subject: { nl: 'Facturen niet te openen', en: 'Invoices cannot be opened' },
        body: { nl: 'Facturen openen niet.', en: 'Invoices do not open.' },
        affected: [{ component: 11, status: 'partial_outage' }],
      },
      {
        status: 'monitoring',
        minutesAgo: 40 * 24 * 60 + 60,
        subject: { nl: 'Facturen niet te openen', en: 'Invoices cannot be opened' },
        body: {
          nl: 'Er is een oplossing. We kijken of die werkt.',
          en: 'A fix is in. We are checking it works.',
        },
        affected: [{ component: 11, status: 'operational' }],
      },
      {
        status: 'resolved',
        minutesAgo: 40 * 24 * 60,
        subject: { nl: 'Facturen werken weer', en: 'Invoices work again' },
        body: { nl: 'Opgelost.', en: 'Resolved.' },
        affected: [],
      },
    ],
  },
];

export function buildSnapshot(o: FixtureOptions = {}): StatusSnapshot {
  const now = Date.parse(o.now ?? FIXTURE_NOW);
  const at = (msAgo: number) => new Date(now - msAgo).toISOString();
  const created = at(400 * DAY);

  const groups: SnapshotGroup[] = [];
  const components: SnapshotComponent[] = [];
  componentNames.forEach((names, g) => {
    const ids = names.map((_, i) => fixtureId('component', g * 4 + i + 1));
    groups.push({ id: fixtureId('group', g + 1), name: groupNames[g]!, position: g, component_ids: ids });
    names.forEach((name, i) => {
      const n = g * 4 + i + 1;
      components.push({
        id: ids[i]!,
        group_id: fixtureId('group', g + 1),
        name,
        description:
          i === 0
            ? { nl: `Alles rond ${name.nl.toLowerCase()}.`, en: `Everything about ${name.en.toLowerCase()}.` }
            : null,
        position: i,
        status: 'operational',
        created_at: created,
        updated_at: at(30 * DAY + n * HOUR),
        days: Array.from({ length: HISTORY_DAYS }, (_, d) =>
          d === 50 && n === 11 ? 'partial_outage' : 'operational',
        ),
      });
    });
  });

  let updateNo = 0;
  const incident = (plan: IncidentPlan, n: number): SnapshotIncident => {
    const chronological: SnapshotIncidentUpdate[] = [];
    for (const u of plan.updates) {
      const affected = u.affected.map((a) => {
        const c = components[a.component - 1]!;
        const old = c.status;
        c.status = a.status;
        c.updated_at = at(u.minutesAgo * MIN);
        return { id: c.id, new_status: a.status, old_status: old };
      });
      chronological.push({
        id: fixtureId('update', ++updateNo),
        status: u.status,
        body: u.body,
        subject: u.subject,
        created_at: at(u.minutesAgo * MIN),
        affected_components: affected,
      });
    }
    const updates = [...chronological].reverse();
    const newest = updates[0]!;
    const touched = new Set(
      plan.updates.flatMap((u) => u.affected.map((a) => components[a.component - 1]!.id)),
    );
    return {
      id: fixtureId('incident', n),
      name: newest.subject,
      status: newest.status,
      impact: plan.impact,
      created_at: chronological[0]!.created_at,
      updated_at: newest.created_at,
      resolved_at: newest.status === 'resolved' ? newest.created_at : null,
      component_ids: components.filter((c) => touched.has(c.id)).map((c) => c.id),
      updates,
    };
  };
  // Oldest history first, so component statuses end up as the newest updates left them.
  const history = [...resolvedIncidents].reverse().map((p, i) => incident(p, 5 - i));
  const open = openIncidents.map((p, i) => incident(p, i + 1));
  const incidents = [...open, ...history].sort((a, b) => Date.parse(b.updated_at) - Date.parse(a.updated_at));

  const maintenance = (
    n: number,
    name: Localised,
    body: Localised,
    fromMs: number,
    untilMs: number,
    status: SnapshotMaintenance['status'],
    componentNumbers: number[],
  ): SnapshotMaintenance => ({
    id: fixtureId('maintenance', n),
    name,
    body,
    status,
    scheduled_for: new Date(now + fromMs).toISOString(),
    scheduled_until: new Date(now + untilMs).toISOString(),
    created_at: new Date(now + fromMs - 7 * DAY).toISOString(),
    updated_at: new Date(now + fromMs - 7 * DAY + (status === 'cancelled' ? DAY : 0)).toISOString(),
    component_ids: componentNumbers.map((c) => fixtureId('component', c)),
  });
  const maintenances: SnapshotMaintenance[] = [
    maintenance(
      3,
      { nl: 'Onderhoud facturen', en: 'Invoice maintenance' },
      { nl: 'Facturen waren even niet te zien.', en: 'Invoices were briefly unavailable.' },
      -10 * DAY,
      -10 * DAY + 2 * HOUR,
      'completed',
      [11],
    ),
    maintenance(
      4,
      { nl: 'Onderhoud chat', en: 'Chat maintenance' },
      { nl: 'Gaat niet door.', en: 'Called off.' },
      -3 * DAY,
      -3 * DAY + HOUR,
      'cancelled',
      [7],
    ),
    maintenance(
      1,
      { nl: 'Onderhoud telefooncentrale', en: 'Telephone exchange maintenance' },
      {
        nl: 'We vervangen de telefooncentrale. Bel in die tijd via het **noodnummer**.',
        en: 'We are replacing the telephone exchange. Use the **emergency number** meanwhile.',
      },
      -30 * MIN,
      90 * MIN,
      'in_progress',
      [8],
    ),
    maintenance(
      2,
      { nl: 'Onderhoud Mijn omgeving', en: 'Customer portal maintenance' },
      {
        nl: 'Mijn omgeving is zondagnacht twee uur niet bereikbaar.',
        en: 'The customer portal is unavailable for two hours on Sunday night.',
      },
      2 * DAY,
      2 * DAY + 2 * HOUR,
      'scheduled',
      [1, 2, 3, 4],
    ),
  ];
  components[7]!.status = 'under_maintenance';

  const changes = [
    ...components.map((c) => c.updated_at),
    ...incidents.map((i) => i.updated_at),
    ...maintenances.map((m) => m.updated_at),
  ];
  return {
    generated_at: new Date(now).toISOString(),
    page: {
      id: fixtureId('page', 1),
      name: o.name ?? 'Voorbeeld Zorgverzekeraar',
      url: o.url ?? FIXTURE_URL,
      time_zone: 'Europe/Amsterdam',
      updated_at: changes.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)),
      logo_url: 'https://www.example.nl/logo.svg',
      accent_color: '#0b5cad',
      footer_links: [{ label: { nl: 'Contact', en: 'Contact' }, url: 'https://www.example.nl/contact' }],
    },
    groups,
    components,
    incidents,
    maintenances,
    next_change_at: new Date(now + 90 * MIN).toISOString(),
  };
}
