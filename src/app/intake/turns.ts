// One alert arrival's transaction per event-loop turn, in the order they came, on SQLite.
//
// better-sqlite3 is synchronous: an arrival's whole transaction runs without giving the event loop back. Left to
// itself, one turn of the loop runs the transaction of every request read in that turn, back to back (50 at 50
// connections), and Node.js accepts one new connection per turn: a sender that connects during a storm waited
// seconds for its first answer (the p99 of docs/benchmarks.md). Letting one transaction go per turn keeps the turns
// short, so connections are accepted and requests read while arrivals queue, and arrivals are served first come,
// first served. PostgreSQL needs none of this: its transactions wait for the network and give the loop back anyway.

const waiting: Array<() => void> = [];
let scheduled = false;

function releaseOne(): void {
  scheduled = false;
  const next = waiting.shift();
  // A callback scheduled from within the check phase runs in the next turn, after that turn's I/O.
  if (waiting.length > 0) schedule();
  next?.();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(releaseOne);
}

/** Resolves in a later turn of the event loop, after the arrivals that asked before it, one per turn. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    schedule();
  });
}
