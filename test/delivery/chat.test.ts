// The chat channel against a real HTTP receiver: each service's body, retries on 5xx and 429, refusals, bad URLs.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { enqueue } from '../../src/store/repos/outbox.js';
import type { Store } from '../../src/store/db.js';
import { ChatChannel, chatDelivery } from '../../src/delivery/chat.js';
import type { ChatFormat } from '../../src/delivery/chat-formats.js';
import { closedPort } from '../support/smtp-sink.js';
import { attempts, delivery, fakeClock, testStore, type FakeClock } from './harness.js';
import { httpWorker, startHttpSink } from './http-sink.js';

const TEXT = [
  '**Wat is er aan de hand?** De klantportal is niet bereikbaar.',
  '',
  '- Log niet opnieuw in',
  '- Volg [de statuspagina](https://status.example.org/nl)',
].join('\n');
const LINK = 'https://stormbell.example.org/incidents/INC-2026-0007';

let counter = 0;
async function enqueueChat(
  store: Store,
  clock: FakeClock,
  input: { format: ChatFormat; url: string; exercise?: boolean; link?: string | null; maxAttempts?: number },
) {
  const d = chatDelivery({
    key: `chat-test:${process.pid}:${++counter}:${Math.random()}`,
    format: input.format,
    url: input.url,
    title: 'Storing klantportal',
    text: TEXT,
    ...(input.link === null ? {} : { link: input.link ?? LINK, linkLabel: 'Meer informatie' }),
    ...(input.exercise ? { exercise: true } : {}),
    ...(input.maxAttempts !== undefined ? { maxAttempts: input.maxAttempts } : {}),
    at: clock.iso(),
  });
  return enqueue(store.db, d);
}

async function setup(dialect: 'sqlite' | 'postgres', timeoutMs = 5_000) {
  const sink = await startHttpSink();
  const { store } = await testStore(dialect);
  const clock = fakeClock();
  const w = httpWorker(store, new ChatChannel({ timeoutMs }), clock);
  return { sink, store, clock, w };
}

const SECRET_PATH = '/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX';

forEachDatabase('chat channel', (dialect) => {
  it('Slack gets a header, a mrkdwn section, the link and a text fallback', async () => {
    const { sink, store, clock, w } = await setup(dialect);
    const id = await enqueueChat(store, clock, { format: 'slack', url: sink.url + SECRET_PATH });

    expect(await w.runOnce()).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0 });
    expect(sink.received).toHaveLength(1);
    const req = sink.received[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe(SECRET_PATH);
    expect(req.headers['content-type']).toBe('application/json');
    const mrkdwn = [
      '*Wat is er aan de hand?* De klantportal is niet bereikbaar.',
      '',
      '• Log niet opnieuw in',
      '• Volg <https://status.example.org/nl|de statuspagina>',
    ].join('\n');
    expect(JSON.parse(req.body)).toEqual({
      text: `Storing klantportal\n${mrkdwn}`,
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Storing klantportal', emoji: true } },
        { type: 'section', text: { type: 'mrkdwn', text: mrkdwn } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: `<${LINK}|Meer informatie>` }] },
      ],
    });
    const d = await delivery(store, id);
    expect(d).toMatchObject({ status: 'sent', attempts: 1, lastError: null, sentAt: clock.iso() });
    // The path of a chat webhook URL is its secret: the deliveries view names the service and host only.
    expect(d.recipient).toBe(`slack ${new URL(sink.url).host}`);
  });

  it('Microsoft Teams gets a message with an Adaptive Card and an Open URL action', async () => {
    const { sink, store, clock, w } = await setup(dialect);
    await enqueueChat(store, clock, { format: 'teams', url: `${sink.url}/workflows/abc` });

    expect(await w.runOnce()).toMatchObject({ sent: 1 });
    expect(JSON.parse(sink.received[0]!.body)).toEqual({
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          contentUrl: null,
          content: {
            $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
            type: 'AdaptiveCard',
            version: '1.4',
            body: [
              { type: 'TextBlock', text: 'Storing klantportal', size: 'Large', weight: 'Bolder', wrap: true },
              { type: 'TextBlock', text: TEXT, wrap: true },
            ],
            actions: [{ type: 'Action.OpenUrl', title: 'Meer informatie', url: LINK }],
          },
        },
      ],
    });
  });

  it('Mattermost gets Markdown text with the title as a heading and the link beneath', async () => {
    const { sink, store, clock, w } = await setup(dialect);
    await enqueueChat(store, clock, { format: 'mattermost', url: `${sink.url}/hooks/xyz` });

    expect(await w.runOnce()).toMatchObject({ sent: 1 });
    expect(JSON.parse(sink.received[0]!.body)).toEqual({
      text: `#### Storing klantportal\n\n${TEXT}\n\n[Meer informatie](${LINK})`,
    });
  });

  it('an exercise is marked EXERCISE / OEFENING in every format', async () => {
    const { sink, store, clock, w } = await setup(dialect);
    for (const format of ['slack', 'teams', 'mattermost'] as const)
      await enqueueChat(store, clock, { format, url: `${sink.url}/${format}`, exercise: true, link: null });

    expect(await w.runOnce()).toMatchObject({ claimed: 3, sent: 3 });
    const body = (format: string) => JSON.parse(sink.received.find((r) => r.path === `/${format}`)!.body);
    const slack = body('slack');
    expect(slack.text.startsWith('EXERCISE / OEFENING: Storing klantportal\n')).toBe(true);
    expect(slack.blocks[0].text.text).toBe('EXERCISE / OEFENING: Storing klantportal');
    expect(slack.blocks).toHaveLength(2);
    const card = body('teams').attachments[0].content;
    expect(card.body.slice(0, 2)).toEqual([
      { type: 'TextBlock', text: 'EXERCISE / OEFENING', weight: 'Bolder', color: 'Attention', wrap: true },
      {
        type: 'TextBlock',
        text: 'EXERCISE / OEFENING: Storing klantportal',
        size: 'Large',
        weight: 'Bolder',
        wrap: true,
      },
    ]);
    expect(card.actions).toEqual([]);
    expect(body('mattermost')).toEqual({ text: `#### EXERCISE / OEFENING: Storing klantportal\n\n${TEXT}` });
  });

  it('a 500 is retried after the backoff and the message is delivered once', async () => {
    const { sink, store, clock, w } = await setup(dialect);
    sink.answer = (n) => (n === 1 ? { status: 500, body: 'internal  error\n' } : { status: 200, body: 'ok' });
    const id = await enqueueChat(store, clock, { format: 'slack', url: `${sink.url}/hook` });

    expect(await w.runOnce()).toMatchObject({ claimed: 1, retrying: 1 });
    let d = await delivery(store, id);
    expect(d).toMatchObject({ status: 'pending', attempts: 1 });
    expect(d.lastError).toBe(`HTTP 500 Internal Server Error from ${new URL(sink.url).host}: internal error`);
    expect(Date.parse(d.nextAttemptAt) - clock.now().getTime()).toBe(10_000);

    clock.advance(9_999);
    expect((await w.runOnce()).claimed).toBe(0);
    expect(sink.received).toHaveLength(1);
    clock.advance(1);
    expect(await w.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(sink.received).toHaveLength(2);
    expect(sink.received[1]!.body).toBe(sink.received[0]!.body);

    clock.advance(3600_000);
    expect((await w.runOnce()).claimed).toBe(0);
    expect(sink.received).toHaveLength(2);
    d = await delivery(store, id);
    expect(d).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    const history = await attempts(store, id);
    expect(history.map((a) => a.ok)).toEqual([0, 1]);
    expect(history[0]!.error).toContain('HTTP 500');
  });

  it('a 429 is retried too, and its Retry-After is shown', async () => {
    const { sink, store, clock, w } = await setup(dialect);
    sink.answer = (n) =>
      n === 1 ? { status: 429, body: 'rate_limited', headers: { 'retry-after': '30' } } : { status: 200 };
    const id = await enqueueChat(store, clock, { format: 'mattermost', url: `${sink.url}/hook` });

    expect(await w.runOnce()).toMatchObject({ retrying: 1 });
    expect((await delivery(store, id)).lastError).toMatch(/^HTTP 429 .*: rate_limited \(Retry-After: 30\)$/);
    clock.advance(10_000);
    expect(await w.runOnce()).toMatchObject({ sent: 1 });
    expect(sink.received).toHaveLength(2);
  });

  it('a 400 fails the delivery at once, with the status and the answer in last_error', async () => {
    const { sink, store, clock, w } = await setup(dialect);
    sink.answer = () => ({ status: 400, body: 'invalid_payload' });
    const id = await enqueueChat(store, clock, { format: 'slack', url: `${sink.url}/hook`, maxAttempts: 8 });

    expect(await w.runOnce()).toMatchObject({ claimed: 1, failed: 1 });
    const d = await delivery(store, id);
    expect(d).toMatchObject({ status: 'failed', attempts: 1 });
    expect(d.lastError).toBe(`HTTP 400 Bad Request from ${new URL(sink.url).host}: invalid_payload`);
    clock.advance(24 * 3600_000);
    expect((await w.runOnce()).claimed).toBe(0);
    expect(sink.received).toHaveLength(1);
  });

  it('a URL that is not http(s) is refused for good and nothing is called', async () => {
    const { sink, store, clock, w } = await setup(dialect);
    const id = await enqueueChat(store, clock, { format: 'slack', url: 'file:///etc/passwd' });
    const link = await enqueueChat(store, clock, {
      format: 'teams',
      url: `${sink.url}/hook`,
      link: 'javascript:alert(1)',
    });

    expect(await w.runOnce()).toMatchObject({ claimed: 2, failed: 2 });
    expect((await delivery(store, id)).lastError).toBe(
      'invalid chat payload: url must be an http or https URL',
    );
    expect((await delivery(store, link)).lastError).toBe(
      'invalid chat payload: link must be an http or https URL',
    );
    expect(sink.received).toHaveLength(0);
  });

  it('an unreachable or silent service is a temporary failure', async () => {
    const { sink, store, clock, w } = await setup(dialect, 300);
    sink.answer = () => null;
    const port = await closedPort();
    const refused = await enqueueChat(store, clock, { format: 'slack', url: `http://127.0.0.1:${port}/x` });
    const silent = await enqueueChat(store, clock, { format: 'slack', url: `${sink.url}/hook` });

    expect(await w.runOnce()).toMatchObject({ claimed: 2, retrying: 2 });
    expect((await delivery(store, refused)).lastError).toMatch(
      /^POST to 127\.0\.0\.1:\d+ failed: .*ECONNREFUSED/,
    );
    expect((await delivery(store, silent)).lastError).toMatch(/failed: no answer within 0\.3 s$/);
  });
});
