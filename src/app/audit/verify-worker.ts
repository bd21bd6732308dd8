// A worker thread of `audit verify`: opens its own connection and checks one range of chains (verify-range.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { openStore, type DatabaseTarget } from '../../store/db.js';
import { verifyRange, type ChainHead } from './verify-range.js';

const data = workerData as { target: DatabaseTarget; heads: ChainHead[]; from?: string; to?: string };
const store = openStore(data.target, { poolSize: 1 });
try {
  const result = await verifyRange(
    store.db,
    new Map(data.heads.map((h) => [h.chainId, h])),
    { from: data.from, to: data.to },
    (events) => parentPort?.postMessage({ progress: events }),
  );
  parentPort?.postMessage({ result });
} finally {
  await store.close();
}
