// Status snapshots made by hand for the page and cache tests (the loader has tests of its own): realistic content
// as the benchmark describes it, and hostile text where a test asks for it.
import Fastify, { type FastifyInstance } from 'fastify';
import type { StatusCache } from '../../src/status-page/cache.js';
import { installStatusPage, type StatusPageDeps } from '../../src/status-page/plugin.js';
import type {
  SnapshotComponent,
  SnapshotIncident,
  SnapshotMaintenance,
  StatusSnapshot,
} from '../../src/core/status-page/snapshot.js';
import type { ComponentStatus, IncidentStatus } from '../../src/core/status-page/values.js';

const NOW = Date.parse('2026-11-30T10:00:00.000Z');
const iso = (minutesAgo: number) => new Date(NOW - minutesAgo * 60_000).toISOString();
const id = (prefix: string, n: number) => `${prefix}0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export interface FixtureOptions {
  /** Put this text into every name, body and setting. */
  hostile?: string;
  openIncidents?: number;
  updatesPerIncident?: number;
}

function days(n: number): (ComponentStatus | null)[] {
  // Mostly quiet, a few bad days, and (for some components) days before they existed.
  return Array.from({ length: 90 }, (_, d) => {
    if (n % 4 === 3 && d < 20) return null;
    if (d === 40 + n) return 'partial_outage';
    if (d === 70 && n % 3 === 0) return 'major_outage';
    if (d === 85 && n % 2 === 0) return 'degraded_performance';
    return 'operational';
  });
}

export function fixtureSnapshot(o: FixtureOptions = {}): StatusSnapshot {
  const h = o.hostile ?? '';
  const groupNames = [
    { nl: 'Digitale loketten', en: 'Online services' },
    { nl: 'Telefonie en chat', en: 'Phone and chat' },
    { nl: 'Interne systemen', en: 'Internal systems' },
  ];
  const componentNames = [
    { nl: 'Mijn Gemeente', en: 'My Council portal' },
    { nl: 'Paspoort en ID-kaart aanvragen', en: 'Passport and ID card applications' },
    { nl: 'Betalen met iDEAL', en: 'Paying with iDEAL' },
    { nl: 'Afspraken maken', en: 'Booking appointments' },
    { nl: 'Klantcontactcentrum 14 020', en: 'Contact centre 14 020' },
    { nl: 'WhatsApp', en: 'WhatsApp' },
    { nl: 'Chat op de website', en: 'Website chat' },
    { nl: 'Terugbelverzoeken', en: 'Call-back requests' },
    { nl: 'E-mail', en: 'Email' },
    { nl: 'Zaaksysteem', en: 'Case management' },
    { nl: 'Wifi in het gemeentehuis', en: 'Wi-Fi in the town hall' },
    { nl: 'Website', en: 'Website' },
  ];
  const components: SnapshotComponent[] = [];
  const groups = groupNames.map((name, g) => {
    const ids: string[] = [];
    for (let c = 0; c < 4; c++) {
      const n = g * 4 + c;
      const cid = id('c', n);
      ids.push(cid);
      const cn = componentNames[n]!;
      components.push({
        id: cid,
        group_id: id('a', g),
        name: { nl: `${h}${cn.nl}`, en: `${h}${cn.en}` },
        description:
          n % 3 === 0
            ? { nl: `${h}Voor inwoners en ondernemers`, en: `${h}For residents and businesses` }
            : null,
        position: c,
        status: n === 1 ? 'major_outage' : n === 4 ? 'degraded_performance' : 'operational',
        created_at: iso(200_000),
        updated_at: iso(30),
        days: days(n),
      });
    }
    return {
      id: id('a', g),
      name: { nl: `${h}${name.nl}`, en: `${h}${name.en}` },
      position: g,
      component_ids: ids,
    };
  });

  const incidentNames = [
    { nl: 'Paspoort aanvragen lukt niet', en: 'Passport applications failing' },
    { nl: 'Klantcontactcentrum slecht bereikbaar', en: 'Contact centre hard to reach' },
    { nl: 'Sommige iDEAL-betalingen mislukken', en: 'Some iDEAL payments fail' },
    { nl: 'E-mail vertraagd', en: 'Email delayed' },
  ];
  const texts: Record<IncidentStatus, { nl: string; en: string }> = {
    investigating: {
      nl: 'We zoeken uit wat er aan de hand is. Tot die tijd kunt u bellen met **14 020**.',
      en: 'We are finding out what is wrong. Until then you can call **14 020**.',
    },
    identified: {
      nl: 'We weten wat de oorzaak is: een storing bij onze leverancier. We werken aan een oplossing.',
      en: 'We know the cause: a failure at our supplier. We are working on a fix.',
    },
    monitoring: {
      nl: 'De oplossing is doorgevoerd. We houden in de gaten of alles weer goed werkt.',
      en: 'The fix is in place. We are watching whether everything works again.',
    },
    resolved: {
      nl: 'Alles werkt weer. Excuses voor het ongemak.',
      en: 'Everything works again. We are sorry for the trouble.',
    },
  };
  const latest = {
    nl: 'Bijna alles werkt weer; een klein deel van de aanvragen mislukt nog. We blijven het volgen.',
    en: 'Nearly everything works again; a few requests still fail. We keep watching.',
  };
  const statuses: IncidentStatus[] = ['investigating', 'identified', 'monitoring', 'resolved'];
  const incidents: SnapshotIncident[] = [];
  const open = o.openIncidents ?? 3;
  const perIncident = o.updatesPerIncident ?? 4;
  for (let i = 0; i < open + 1; i++) {
    const resolved = i === open;
    const name = incidentNames[i % incidentNames.length]!;
    const updates = Array.from({ length: perIncident }, (_, u) => {
      const status: IncidentStatus =
        resolved && u === 0 ? 'resolved' : statuses[Math.min(perIncident - 1 - u, 2)]!;
      return {
        id: id('b', i * 10 + u),
        status,
        subject: { nl: `${h}${name.nl}`, en: `${h}${name.en}` },
        body:
          u === 0 && !resolved
            ? { nl: `${h}${latest.nl}`, en: `${h}${latest.en}` }
            : { nl: `${h}${texts[status].nl}`, en: `${h}${texts[status].en}` },
        created_at: iso((resolved ? 30_000 : 0) + i * 300 + (u + 1) * 20),
        affected_components:
          u === perIncident - 1
            ? [{ id: id('c', i), new_status: 'major_outage' as const, old_status: 'operational' as const }]
            : [],
      };
    });
    incidents.push({
      id: id('d', i),
      name: { nl: `${h}${name.nl}`, en: `${h}${name.en}` },
      status: updates[0]!.status,
      impact: resolved ? 'minor' : i === 0 ? 'critical' : 'major',
      created_at: updates[updates.length - 1]!.created_at,
      updated_at: updates[0]!.created_at,
      resolved_at: resolved ? updates[0]!.created_at : null,
      component_ids: [id('c', i), id('c', i + 4)],
      updates,
    });
  }

  const maintenances: SnapshotMaintenance[] = [0, 1].map((m) => ({
    id: id('e', m),
    name:
      m === 0
        ? { nl: `${h}Nieuwe e-mailserver`, en: `${h}New mail server` }
        : { nl: `${h}Onderhoud zaaksysteem`, en: `${h}Case management maintenance` },
    body: {
      nl: `${h}We vervangen de server. E-mail kan een paar minuten later aankomen.`,
      en: `${h}We are replacing the server. Email may arrive a few minutes late.`,
    },
    status: m === 0 ? 'in_progress' : 'scheduled',
    scheduled_for: m === 0 ? iso(10) : new Date(NOW + 2 * 86_400_000).toISOString(),
    scheduled_until:
      m === 0
        ? new Date(NOW + 50 * 60_000).toISOString()
        : new Date(NOW + 2 * 86_400_000 + 3_600_000).toISOString(),
    created_at: iso(10_000),
    updated_at: iso(10_000),
    component_ids: [id('c', 8 + m)],
  }));

  return {
    generated_at: new Date(NOW).toISOString(),
    page: {
      id: id('f', 0),
      name: `${h}Gemeente Voorbeeld`,
      url: 'https://status.example.org',
      time_zone: 'Europe/Amsterdam',
      updated_at: iso(0),
      logo_url: h ? `https://example.org/logo.png?${h}` : null,
      accent_color: h ? `#123456;}${h}` : '#0b5394',
      footer_links: [
        { label: { nl: `${h}Contact`, en: `${h}Contact` }, url: 'https://example.org/contact' },
        { label: { nl: `${h}Kwaad`, en: `${h}Evil` }, url: 'javascript:alert(1)' },
      ],
    },
    groups,
    components,
    incidents,
    maintenances,
    next_change_at: maintenances[0]!.scheduled_until,
  };
}

/** A bare Fastify with only the status page on it, serving whatever `load` returns; on a random port. */
export async function startPageServer(
  deps: Partial<StatusPageDeps> & { load: StatusPageDeps['load'] },
): Promise<{
  url: string;
  app: FastifyInstance;
  cache: StatusCache;
  warnings: string[];
  close(): Promise<void>;
}> {
  const app = Fastify({ logger: false });
  const warnings: string[] = [];
  const log = {
    info: () => {},
    warn: (_o: object, msg: string) => void warnings.push(msg),
    error: (_o: object, msg: string) => void warnings.push(msg),
  };
  const { cache } = installStatusPage(app, {
    clock: { now: () => new Date() },
    publicUrl: 'https://status.example.org',
    log,
    ...deps,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, app, cache, warnings, close: () => app.close() };
}
