// The benchmark's content, made through Stormbell's HTTP API as people would: an organisation whose communications
// lead publishes to the status page, 12 components in 3 groups, 2 scheduled maintenances, and 3 open incidents with 4
// status-page updates each, every one walked through the real message flow (draft, submit, publish).

/** A small client with the session cookie and CSRF header, like the web app. */
export class Client {
  constructor(base) {
    this.base = base;
    this.cookies = new Map();
  }
  async request(method, path, body) {
    const headers = { 'accept-language': 'en' };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && this.cookies.has('sb_csrf'))
      headers['x-csrf-token'] = this.cookies.get('sb_csrf');
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.base + path, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...rest] = pair.split('=');
      this.cookies.set(name.trim(), rest.join('='));
    }
    const text = await res.text();
    let parsed = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed };
  }
  async must(method, path, body, expected = [200, 201]) {
    const res = await this.request(method, path, body);
    if (!expected.includes(res.status))
      throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 400)}`);
    return res.body;
  }
}

const GROUPS = [
  {
    nl: 'Mijn omgeving',
    en: 'Customer portal',
    components: [
      ['Inloggen', 'Login'],
      ['Dossier inzien', 'Case files'],
      ['Documenten uploaden', 'Document upload'],
      ['Afspraken maken', 'Appointments'],
    ],
  },
  {
    nl: 'Communicatie',
    en: 'Communication',
    components: [
      ['E-mail', 'Email'],
      ['Sms-meldingen', 'Text messages'],
      ['Chat met de klantenservice', 'Customer service chat'],
      ['Telefooncentrale', 'Telephone exchange'],
    ],
  },
  {
    nl: 'Betalen',
    en: 'Payments',
    components: [
      ['iDEAL-betalingen', 'iDEAL payments'],
      ['Automatische incasso', 'Direct debit'],
      ['Facturen', 'Invoices'],
      ['Terugbetalingen', 'Refunds'],
    ],
  },
];
const INCIDENTS = [
  {
    title: 'Login fails for some customers',
    impact: 'major',
    component: 0,
    statuses: ['partial_outage', 'major_outage', 'major_outage', 'operational'],
  },
  {
    title: 'Text messages arrive late',
    impact: 'minor',
    component: 5,
    statuses: ['degraded_performance', 'degraded_performance', 'partial_outage', 'degraded_performance'],
  },
  {
    title: 'iDEAL payments fail',
    impact: 'critical',
    component: 8,
    statuses: ['major_outage', 'major_outage', 'major_outage', 'major_outage'],
  },
];
const STEPS = ['investigating', 'identified', 'identified', 'monitoring'];

/** Realistic content through the HTTP API and the real message flow. */
export async function createContent(base) {
  const admin = new Client(base);
  const email = 'comms@example.org';
  await admin.must('POST', '/api/v1/setup', {
    organisation_name: 'Voorbeeld Zorgverzekeraar',
    language: 'en',
    name: 'Maria Santos',
    email,
    password: 'correct horse battery staple',
  });
  // The admin is the communications lead, and a customer message needs only that role's approval: the author's
  // submission then approves it, so one account can walk every update to publication.
  const { plan } = await admin.must('GET', '/api/v1/plan');
  const lead = plan.roles.find((r) => r.id === 'communications_lead');
  plan.people.find((p) => p.id === lead.primary).email = email;
  const customers = plan.audiences.find((a) => a.channels.includes('status_page'));
  customers.approval_chain = ['communications_lead'];
  customers.channels = ['status_page'];
  customers.languages = ['en', 'nl'];
  // A plan that addresses an audience in Dutch too has Dutch templates for it.
  for (const scenario of plan.scenarios) {
    const english = scenario.templates.filter((t) => t.audience === customers.id && t.language === 'en');
    for (const t of english)
      if (!scenario.templates.some((x) => x.id === `${t.id}_nl`))
        scenario.templates.push({ ...t, id: `${t.id}_nl`, language: 'nl' });
  }
  await admin.must('PUT', '/api/v1/plan', { plan, description: 'benchmark plan' });

  const componentIds = [];
  for (const [g, group] of GROUPS.entries()) {
    const created = await admin.must('POST', '/api/v1/status-page/groups', {
      name: { nl: group.nl, en: group.en },
      position: g,
    });
    for (const [i, [nl, en]] of group.components.entries()) {
      const c = await admin.must('POST', '/api/v1/status-page/components', {
        name: { nl, en },
        description: { nl: `Alles rond ${nl.toLowerCase()}.`, en: `Everything about ${en.toLowerCase()}.` },
        group_id: created.id,
        position: i,
      });
      componentIds.push(c.id);
    }
  }
  const day = 86_400_000;
  for (const [n, m] of [
    [1, { nl: 'Onderhoud telefooncentrale', en: 'Telephone exchange maintenance', components: [7] }],
    [3, { nl: 'Onderhoud Mijn omgeving', en: 'Customer portal maintenance', components: [0, 1, 2, 3] }],
  ]) {
    const start = new Date(Date.now() + n * day);
    start.setUTCMinutes(0, 0, 0);
    await admin.must('POST', '/api/v1/status-page/maintenances', {
      title: { nl: m.nl, en: m.en },
      body: {
        nl: 'We voeren gepland onderhoud uit. In die tijd is de dienst **niet bereikbaar**.',
        en: 'We carry out planned maintenance. The service is **unavailable** meanwhile.',
      },
      scheduled_for: start.toISOString(),
      scheduled_until: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
      component_ids: m.components.map((i) => componentIds[i]),
    });
  }
  for (const incident of INCIDENTS) {
    const declared = await admin.must('POST', '/api/v1/incidents', {
      title: incident.title,
      scenario_id: plan.scenarios[0].id,
      severity_id: plan.severities[0].id,
    });
    const messages = `/api/v1/incidents/${declared.id}/messages`;
    for (const [i, status] of STEPS.entries()) {
      const text = (lang) =>
        lang === 'nl'
          ? `Update ${i + 1}: we werken aan de storing. Volgende update binnen een uur.\n\n- Uw gegevens zijn veilig.\n- Bel bij spoed ons noodnummer.`
          : `Update ${i + 1}: we are working on the disruption. Next update within the hour.\n\n- Your data is safe.\n- Call our emergency number if it is urgent.`;
      let m = await admin.must('POST', messages, {
        audience_id: customers.id,
        contents: ['en', 'nl'].map((language) => ({
          language,
          subject: language === 'nl' ? `Storing: ${incident.title}` : incident.title,
          body: text(language),
        })),
        status_page: {
          incident_status: status,
          impact: incident.impact,
          components: [{ id: componentIds[incident.component], status: incident.statuses[i] }],
        },
      });
      m = await admin.must('POST', `${messages}/${m.id}/submit`, { revision: m.revision });
      if (m.status !== 'approved')
        throw new Error(`a submitted update is "${m.status}", not approved: check the plan changes.`);
      await admin.must('POST', `${messages}/${m.id}/publish`, { revision: m.revision });
    }
  }
  return { admin, plan, customers, componentIds };
}
