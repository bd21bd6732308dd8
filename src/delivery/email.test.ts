// Unit tests for the email channel's pure parts: which SMTP failures are final, and the delivery it builds.
import { describe, expect, it } from 'vitest';
import { emailDelivery, emailMessageId, smtpError } from './email.js';

const failure = (props: { code?: string; responseCode?: number; command?: string }) =>
  Object.assign(new Error('smtp said no'), props);

describe('smtpError', () => {
  it('gives up on a 5xx for the recipient, sender or message', () => {
    expect(smtpError(failure({ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO' })).permanent).toBe(
      true,
    );
    expect(smtpError(failure({ code: 'EENVELOPE', responseCode: 553, command: 'MAIL FROM' })).permanent).toBe(
      true,
    );
    expect(smtpError(failure({ code: 'EMESSAGE', responseCode: 554, command: 'DATA' })).permanent).toBe(true);
  });

  it('retries 4xx replies and failures without a reply', () => {
    expect(smtpError(failure({ code: 'EENVELOPE', responseCode: 451, command: 'RCPT TO' })).permanent).toBe(
      false,
    );
    expect(smtpError(failure({ code: 'EMESSAGE', responseCode: 452, command: 'DATA' })).permanent).toBe(
      false,
    );
    expect(smtpError(failure({ code: 'ECONNECTION', command: 'CONN' })).permanent).toBe(false);
    expect(smtpError(failure({ code: 'ETIMEDOUT' })).permanent).toBe(false);
    expect(smtpError(new Error('Connection pool was closed')).permanent).toBe(false);
    expect(smtpError('weird').permanent).toBe(false);
  });

  it('retries a 5xx about our session or credentials: fixing the configuration must not need a requeue', () => {
    expect(smtpError(failure({ code: 'EAUTH', responseCode: 535, command: 'AUTH PLAIN' })).permanent).toBe(
      false,
    );
    expect(smtpError(failure({ code: 'ECONNECTION', responseCode: 554, command: 'CONN' })).permanent).toBe(
      false,
    );
    expect(smtpError(failure({ code: 'EPROTOCOL', responseCode: 502, command: 'EHLO' })).permanent).toBe(
      false,
    );
  });

  it('gives up on an envelope the client itself cannot use', () => {
    expect(smtpError(failure({ code: 'EENVELOPE', command: 'API' })).permanent).toBe(true);
  });

  it('keeps the server reply in the message', () => {
    expect(smtpError(failure({ responseCode: 550 })).message).toBe('smtp said no');
  });
});

describe('emailDelivery', () => {
  it('builds an email outbox row with a Message-ID that depends only on the key and host', () => {
    const d = emailDelivery({
      key: 'account-link:1',
      to: 'jan@example.nl',
      subject: 'Welkom',
      text: 't',
      html: '<p>h</p>',
      publicUrl: 'https://stormbell.example.org/',
      headers: { 'List-Unsubscribe': '<https://x>' },
      at: '2026-03-01T09:00:00.000Z',
    });
    expect(d).toMatchObject({ key: 'account-link:1', channel: 'email', recipient: 'jan@example.nl' });
    const id = emailMessageId('account-link:1', 'https://stormbell.example.org');
    expect(id).toMatch(/^<[0-9a-f]{32}@stormbell\.example\.org>$/);
    expect(d.payload).toEqual({
      to: 'jan@example.nl',
      subject: 'Welkom',
      text: 't',
      html: '<p>h</p>',
      messageId: id,
      headers: { 'List-Unsubscribe': '<https://x>' },
    });
    expect(emailMessageId('account-link:2', 'https://stormbell.example.org')).not.toBe(id);
  });
});
