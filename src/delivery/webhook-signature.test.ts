// Unit tests for Standard Webhooks signing, checked against the specification's vector and the reference package.
import { describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import {
  generateWebhookSecret,
  parseWebhookSecret,
  signWebhook,
  webhookHeaders,
  webhookId,
} from './webhook-signature.js';

// The example published with the Standard Webhooks reference libraries.
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

describe('signWebhook', () => {
  it('matches the published example', () => {
    expect(signWebhook(VECTOR.secret, VECTOR.id, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature);
  });

  it('agrees with the reference package for any body, including non-ASCII', () => {
    const secret = generateWebhookSecret();
    const at = new Date('2026-03-01T09:00:00.750Z');
    for (const body of ['', '{}', '{"naam":"Één – José"}', 'x'.repeat(10_000)]) {
      const headers = webhookHeaders({ secret, id: 'msg_1', at, body });
      expect(headers['webhook-timestamp']).toBe(String(Math.floor(at.getTime() / 1000)));
      expect(headers['webhook-signature']).toBe(new Webhook(secret).sign('msg_1', at, body));
    }
  });
});

describe('parseWebhookSecret', () => {
  it('takes whsec_ and base64 of 24 to 64 bytes', () => {
    expect(parseWebhookSecret(VECTOR.secret)).toHaveLength(24);
    expect(parseWebhookSecret(generateWebhookSecret())).toHaveLength(32);
    expect(parseWebhookSecret(`whsec_${Buffer.alloc(64, 1).toString('base64')}`)).toHaveLength(64);
  });

  it('refuses anything else, saying why', () => {
    expect(() => parseWebhookSecret('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).toThrow(/starts with "whsec_"/);
    expect(() => parseWebhookSecret('whsec_not base64!')).toThrow(/base64/);
    expect(() => parseWebhookSecret('whsec_')).toThrow(/24 to 64 bytes, not 0/);
    expect(() => parseWebhookSecret(`whsec_${Buffer.alloc(16).toString('base64')}`)).toThrow(/not 16/);
    expect(() => parseWebhookSecret(`whsec_${Buffer.alloc(65).toString('base64')}`)).toThrow(/not 65/);
  });
});

describe('webhookId', () => {
  it('is the key when the key fits in a header, a stable hash when it does not', () => {
    expect(webhookId('incident-7:update-3:hook-1')).toBe('incident-7:update-3:hook-1');
    const hashed = webhookId('bericht 3: José');
    expect(hashed).toMatch(/^msg_[A-Za-z0-9_-]{43}$/);
    expect(webhookId('bericht 3: José')).toBe(hashed);
    expect(webhookId('bericht 3: Jose')).not.toBe(hashed);
    expect(webhookId('x'.repeat(256))).toMatch(/^msg_/);
    expect(webhookId('a\r\nb')).toMatch(/^msg_/);
  });
});
