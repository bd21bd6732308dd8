// Shared by the intake benchmark: load at a fixed rate (open loop), for latency at a given throughput.
//
// wrk keeps every connection busy (closed loop): it measures the most a server can do, and at that point every
// request queues behind the others, so its latencies say how long the queue is (with 50 connections the mean is
// 50 / requests per second whatever the server does). A sender like Alertmanager does not wait for a free server:
// requests arrive at their own rate. This sends `rate` requests per second over at most `connections` keep-alive
// connections for `seconds`, each timed from the moment it was due (not from when a connection was free, so a
// stalled server is not hidden: "coordinated omission"), and reports the percentiles of those times.
import http from 'node:http';
import { percentile } from './load.mjs';

/**
 * POSTs `makeBody()` to `url` at `rate` per second for `warmupSeconds` + `seconds`; resolves with the achieved rate,
 * p50/p90/p99 in milliseconds of the requests due after the warm-up (the connections are opened and the server has
 * settled into the rate by then), and counts of non-2xx answers and errors over the whole run.
 */
export function pacedPost(
  url,
  { rate, seconds, warmupSeconds = 1, connections = 50, headers = {}, makeBody },
) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const total = Math.max(1, Math.round(rate * (warmupSeconds + seconds)));
  const measuredFrom = Math.round(rate * warmupSeconds);
  const latencies = [];
  let non2xx = 0;
  let errors = 0;
  let sent = 0;
  let done = 0;
  const start = performance.now() + 20;
  return new Promise((resolve) => {
    const finish = () => {
      if (++done < total) return;
      agent.destroy();
      const elapsed = (performance.now() - start) / 1000;
      resolve({
        requests: latencies.length,
        achievedRate: total / elapsed,
        p50: percentile(latencies, 50),
        p90: percentile(latencies, 90),
        p99: percentile(latencies, 99),
        max: Math.max(...latencies),
        non2xx,
        errors,
      });
    };
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + (sent * 1000) / rate <= now) {
        const due = start + (sent * 1000) / rate;
        const measured = sent >= measuredFrom;
        sent++;
        const data = makeBody();
        const req = http.request(
          url,
          {
            method: 'POST',
            agent,
            headers: {
              ...headers,
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(data),
            },
          },
          (res) => {
            res.resume();
            res.on('end', () => {
              if (measured) latencies.push(performance.now() - due);
              if (res.statusCode < 200 || res.statusCode >= 300) non2xx++;
              finish();
            });
          },
        );
        req.on('error', () => {
          errors++;
          finish();
        });
        req.end(data);
      }
      if (sent < total) setTimeout(tick, 1);
    };
    tick();
  });
}
