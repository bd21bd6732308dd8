import { describe, expect, it } from 'vitest';
import { renderMessageMail, type MessageMailInput } from './message-mail.js';
import { renderActionMail } from './render.js';

const base: MessageMailInput = {
  language: 'en',
  organisation: 'Gemeente Voorbeeld',
  subject: 'Customer portal unavailable',
  body: 'Our **customer portal** is down.\n\n- Your data is safe\n- See [the status page](https://status.example.org)',
  exercise: false,
  reference: 'INC-2026-0007',
};

describe('renderMessageMail', () => {
  it('renders the body as text and as HTML, with the organisation and reference in the footer', () => {
    const mail = renderMessageMail(base);
    expect(mail.subject).toBe('Customer portal unavailable');
    expect(mail.text).toBe(
      [
        'Our customer portal is down.',
        '',
        '- Your data is safe',
        '- See the status page (https://status.example.org)',
        '',
        '-- ',
        'Sent by Gemeente Voorbeeld. Reference: INC-2026-0007.',
        '',
      ].join('\n'),
    );
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.html).toContain('<strong>customer portal</strong>');
    expect(mail.html).toContain(
      '<a href="https://status.example.org" rel="noopener noreferrer">the status page</a>',
    );
    expect(mail.html).toContain('Sent by Gemeente Voorbeeld. Reference: INC-2026-0007.');
    expect(mail.text).not.toMatch(/EXERCISE|corrects/);
    expect(mail.html).not.toMatch(/EXERCISE|corrects/);
  });

  it('writes Dutch for a Dutch recipient', () => {
    const mail = renderMessageMail({ ...base, language: 'nl', subject: 'Klantportaal niet bereikbaar' });
    expect(mail.subject).toBe('Klantportaal niet bereikbaar');
    expect(mail.text).toContain('Verzonden door Gemeente Voorbeeld. Kenmerk: INC-2026-0007.');
    expect(mail.html).toContain('<html lang="nl">');
  });

  it.each([
    ['en', '[EXERCISE] ', 'EXERCISE: this message is part of an exercise.'],
    ['nl', '[OEFENING] ', 'OEFENING: dit bericht hoort bij een oefening.'],
  ] as const)(
    'marks an exercise in the subject and at the top of both parts (%s)',
    (language, mark, banner) => {
      const mail = renderMessageMail({ ...base, language, exercise: true });
      expect(mail.subject).toBe(`${mark}Customer portal unavailable`);
      expect(mail.text.startsWith(`*** ${banner}`)).toBe(true);
      const bodyStart = mail.html.indexOf('<body');
      const bannerAt = mail.html.indexOf(banner);
      expect(bannerAt).toBeGreaterThan(bodyStart);
      expect(bannerAt).toBeLessThan(mail.html.indexOf('customer portal'));
      expect(mail.html).toContain(`<title>${mark}Customer portal unavailable</title>`);
    },
  );

  it.each([
    ['en', 'This message corrects our message of 27 November 2026 at 10:00 CET.'],
    ['nl', 'Dit bericht corrigeert ons bericht van 27 november 2026 om 10:00 CET.'],
  ] as const)(
    'says which message a correction corrects, in the recipient language (%s)',
    (language, line) => {
      const mail = renderMessageMail({
        ...base,
        language,
        correction: { publishedAt: '2026-11-27T09:00:00.000Z' },
      });
      expect(mail.text.split('\n')[0]).toBe(line);
      expect(mail.html).toContain(line);
    },
  );

  it('puts the exercise banner before the correction line', () => {
    const mail = renderMessageMail({
      ...base,
      exercise: true,
      correction: { publishedAt: '2026-07-01T12:30:00.000Z' },
    });
    expect(mail.text.indexOf('EXERCISE')).toBeLessThan(
      mail.text.indexOf('corrects our message of 1 July 2026 at 14:30 CEST'),
    );
  });

  it('lists extra links in both parts, and drops a link that is not http(s) or mailto', () => {
    const mail = renderMessageMail({
      ...base,
      links: [
        { label: 'Status page', url: 'https://status.example.org' },
        { label: 'Bad', url: 'javascript:alert(1)' },
      ],
    });
    expect(mail.text).toContain('More information:\n- Status page: https://status.example.org\n');
    expect(mail.html).toContain('>Status page</a>');
    expect(mail.text).not.toContain('javascript:');
    expect(mail.html).not.toContain('javascript:');
  });

  it('escapes the subject, organisation and hostile Markdown in the HTML part', () => {
    const mail = renderMessageMail({
      ...base,
      subject: 'Update <script>alert(1)</script>\r\nBcc: x@evil.example',
      organisation: 'A & B <Holding>',
      body: '<img src=x onerror=alert(1)> [x](javascript:alert(1))',
    });
    expect(mail.subject).toBe('Update <script>alert(1)</script> Bcc: x@evil.example');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).toContain('A &amp; B &lt;Holding&gt;');
    expect(mail.html).not.toMatch(/href="javascript/);
  });

  it('shares its layout with the action mails', () => {
    const action = renderActionMail({
      language: 'en',
      organisation: 'Org',
      recipientName: 'Anna',
      subjectKey: 'mail.reset.subject',
      bodyKey: 'mail.reset.body',
      actionKey: 'mail.reset.action',
      actionUrl: 'https://example.org/reset',
      params: {},
    });
    const frame = (html: string) => html.slice(0, html.indexOf('<title>'));
    expect(frame(renderMessageMail(base).html)).toBe(frame(action.html));
  });
});
