// Which database errors are storage faults, and which fault each names.
import { describe, expect, it } from 'vitest';
import { storageFault, storageFaultKey } from './storage-errors.js';
import { catalogues } from '../core/i18n/index.js';

describe('storageFault', () => {
  it('names the fault for the codes SQLite and PostgreSQL give, extended SQLite codes included', () => {
    const fault = (code: string) => storageFault(Object.assign(new Error(code), { code }));
    expect(fault('SQLITE_FULL')).toBe('full');
    expect(fault('53100')).toBe('full');
    expect(fault('SQLITE_READONLY')).toBe('read_only');
    expect(fault('SQLITE_READONLY_DBMOVED')).toBe('read_only');
    expect(fault('25006')).toBe('read_only');
    expect(fault('SQLITE_IOERR_WRITE')).toBe('down');
    expect(fault('SQLITE_BUSY_SNAPSHOT')).toBe('down');
    expect(fault('ECONNREFUSED')).toBe('down');
    expect(fault('57P01')).toBe('down');
    expect(fault('SQLITE_CONSTRAINT_UNIQUE')).toBeNull();
    expect(fault('SQLITE_FULLX')).toBeNull();
    expect(storageFault(new Error('no code'))).toBeNull();
  });

  it('has a sentence in both languages for every fault', () => {
    for (const key of Object.values(storageFaultKey)) {
      expect(catalogues.en[key]).toBeTruthy();
      expect(catalogues.nl[key]).toBeTruthy();
    }
  });
});
