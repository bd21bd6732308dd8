// `stormbell audit verify`: checks the hash chains; names the first changed, removed or reordered event.
import { verifyAudit } from '../../app/audit/verify-audit.js';
import { withServices } from '../services.js';

export async function auditVerify(): Promise<number> {
  return withServices(async (s) => {
    const result = await verifyAudit(s.store, (n) => {
      if (process.stderr.isTTY) process.stderr.write(`\rchecked ${n} events...`);
    });
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    if (result.intact) {
      console.log(`Timeline ${result.message}.`);
      return 0;
    }
    console.error(`Timeline TAMPERED: ${result.message}.`);
    return 1;
  });
}
