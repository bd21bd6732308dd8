import { describe, expect, it } from 'vitest';
import { ZAlertmanagerPayload, normaliseAlertmanager } from './alertmanager.js';
import { ZGenericAlert, normaliseGeneric } from './generic.js';
import { readWhen, employeeReportTitle } from './employee-report.js';
import { canonicalJson, requestHash } from './request-hash.js';
import { isReportFormKey, reportFormKey } from './report-form-key.js';
import { isoOrNull, oneLine } from './normalised.js';

const amAlert = {
  status: 'firing',
  labels: { alertname: 'DiskFull', instance: 'db-1:9100', severity: 'warning' },
  annotations: null,
  startsAt: '2026-11-27T09:00:00.123456789+01:00',
  endsAt: '0001-01-01T00:00:00Z',
};

describe('alert normalising', () => {
  it('titles by rule, picks the system and severity from the labels, and reads Go times', () => {
    const p = ZAlertmanagerPayload.parse({
      version: '4',
      status: 'firing',
      alerts: [amAlert],
      commonAnnotations: null,
    });
    const [a] = normaliseAlertmanager(p);
    expect(a).toMatchObject({
      title: 'DiskFull',
      system: 'db-1:9100',
      severityHint: 'warning',
      occurredAt: '2026-11-27T08:00:00.123Z',
      state: 'firing',
    });
    // No fingerprint sent: one derived from the labels, the same every time, different for other labels.
    const again = normaliseAlertmanager(p)[0]!;
    expect(a!.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(again.fingerprint).toBe(a!.fingerprint);
    const other = ZAlertmanagerPayload.parse({
      version: '4',
      status: 'firing',
      alerts: [{ ...amAlert, labels: { ...amAlert.labels, instance: 'db-2:9100' } }],
    });
    expect(normaliseAlertmanager(other)[0]!.fingerprint).not.toBe(a!.fingerprint);
  });

  it('keeps titles on one line (they become mail subjects) and short', () => {
    expect(oneLine('Disk\r\nfull\tnow')).toBe('Disk full now');
    expect(oneLine('x'.repeat(500))).toHaveLength(200);
    const [g] = normaliseGeneric(ZGenericAlert.parse({ title: 'Backup\nfailed', system: 'nas' }));
    expect(g).toMatchObject({ title: 'Backup failed', system: 'nas', state: 'firing', occurredAt: null });
    expect(isoOrNull('0001-01-01T00:00:00Z')).toBeNull();
  });
});

describe('Idempotency-Key request hash', () => {
  it('is the same for the same JSON in another key order, different for other values', () => {
    expect(canonicalJson({ b: [1, { y: 2, x: 1 }], a: null })).toBe('{"a":null,"b":[1,{"x":1,"y":2}]}');
    expect(requestHash({ a: 1, b: 2 })).toBe(requestHash({ b: 2, a: 1 }));
    expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: '1' }));
  });
});

describe('report form', () => {
  it('derives a stable key from the secret that no other secret gives', () => {
    const key = reportFormKey('secret-one');
    expect(key).toBe(reportFormKey('secret-one'));
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(isReportFormKey('secret-one', key)).toBe(true);
    expect(isReportFormKey('secret-two', key)).toBe(false);
    expect(isReportFormKey('secret-one', key.slice(1))).toBe(false);
  });

  it('reads "when" as a time only when it is one', () => {
    expect(readWhen('2026-11-27T09:30:00Z')).toEqual({
      occurredAt: '2026-11-27T09:30:00.000Z',
      whenText: null,
    });
    expect(readWhen('this morning')).toEqual({ occurredAt: null, whenText: 'this morning' });
    expect(readWhen('2026-13-45')).toEqual({ occurredAt: null, whenText: '2026-13-45' });
    expect(readWhen('  ')).toEqual({ occurredAt: null, whenText: null });
    expect(employeeReportTitle('\n  First line\nsecond line')).toBe('First line');
  });
});
