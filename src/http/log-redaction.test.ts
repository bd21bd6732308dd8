import { describe, expect, it } from 'vitest';
import { redactUrl } from './log-redaction.js';

describe('redactUrl', () => {
  it('replaces the secret part of every link that carries one', () => {
    expect(redactUrl('/api/v1/auth/account-token/abc123')).toBe('/api/v1/auth/account-token/[redacted]');
    expect(redactUrl('/account/token/abc123?x=1')).toBe('/account/token/[redacted]?x=1');
    expect(redactUrl('/api/v1/contact-checks/ack/t0k3n')).toBe('/api/v1/contact-checks/ack/[redacted]');
    expect(redactUrl('/contact-check/t0k3n')).toBe('/contact-check/[redacted]');
    expect(redactUrl('/api/v1/intake/report-form/key1')).toBe('/api/v1/intake/report-form/[redacted]');
    expect(redactUrl('/report/key1')).toBe('/report/[redacted]');
    expect(redactUrl('/internal/k3y?lang=nl')).toBe('/internal/[redacted]?lang=nl');
    expect(redactUrl('/status/subscriptions/t/unsubscribe')).toBe(
      '/status/subscriptions/[redacted]/unsubscribe',
    );
  });

  it('replaces query values named like secrets, and leaves the rest', () => {
    expect(redactUrl('/x?token=a&lang=nl&Key=b&sig=c')).toBe(
      '/x?token=[redacted]&lang=nl&Key=[redacted]&sig=[redacted]',
    );
    expect(redactUrl('/x?%74oken=a')).toBe('/x?%74oken=[redacted]');
    expect(redactUrl('/api/v1/incidents?phase=open')).toBe('/api/v1/incidents?phase=open');
    expect(redactUrl('/status')).toBe('/status');
    expect(redactUrl('/x?%E0%A4%A=1&flag')).toBe('/x?%E0%A4%A=1&flag');
  });
});
