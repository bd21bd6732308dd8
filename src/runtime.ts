// Starts a whole Stormbell process: configuration, database and migrations, the outbox worker, the HTTP server.
// Used by `stormbell serve` and by the tests, so both run the same wiring.
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { openStore, migrate, type Store } from './store/db.js';
import { systemClock, type Clock, type Services } from './app/context.js';
import { buildServer } from './http/server.js';
import { OutboxWorker } from './delivery/worker.js';
import { EmailChannel } from './delivery/email.js';
import { ChatChannel } from './delivery/chat.js';
import { WebhookChannel } from './delivery/webhook.js';
import { TimelineNotifier } from './store/timeline-notifier.js';
import { sendCadenceReminders } from './app/messages/send-cadence-reminders.js';
import { sendObligationReminders } from './app/legal/send-obligation-reminders.js';
import { sendActionItemReminders } from './app/evaluation/send-action-item-reminders.js';
import { sendMaintenanceNotices } from './app/status-page/send-maintenance-notices.js';
import { tickExercises } from './app/exercises/tick.js';
import { expandStatusFanOut } from './app/status-page/subscribers-fan-out.js';

/** How often overdue updates and legal clocks are looked at; a reminder is at most this late. */
const REMINDER_INTERVAL_MS = 30_000;
/** How often running exercises fire their injects and score: at x60 a second is an exercise minute. */
const EXERCISE_TICK_MS = 1_000;

export interface Running {
  app: FastifyInstance;
  store: Store;
  worker: OutboxWorker;
  services: Services;
  /** The address the server listens on, e.g. http://127.0.0.1:3000. */
  url: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  logger?: boolean | { level: string };
  /** Run the outbox worker in this process (default true). */
  worker?: boolean;
  listen?: boolean;
}

export async function startStormbell(config: Config, options: StartOptions = {}): Promise<Running> {
  const clock = options.clock ?? systemClock;
  const store = openStore(config.database);
  try {
    await migrate(store);
  } catch (err) {
    await store.close().catch(() => {});
    throw err;
  }
  const email = new EmailChannel({ store, smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, clock });
  let worker: OutboxWorker | null = null;
  const notifier = new TimelineNotifier(store, config.database);
  await notifier.start();
  const services: Services = {
    store,
    clock,
    config,
    notifier,
    wakeOutbox: () => worker?.wake(),
    timelineChanged: (chains) => void notifier.publish(chains),
  };
  const app = await buildServer(services, { logger: options.logger ?? { level: config.logLevel } });
  const channels = [email, new ChatChannel(), new WebhookChannel({ clock })];
  worker = new OutboxWorker({
    store,
    channels,
    clock,
    logger: app.log,
    leaseSeconds: config.outboxLeaseSeconds,
    // A status-page notice to many subscribers is one job, expanded into deliveries a batch per pass.
    expand: (now) => expandStatusFanOut(store, now),
  });
  if (options.worker !== false) worker.start();
  // Reminders ride with the worker: a process without one (a second server behind a load balancer) skips them.
  const reminders =
    options.worker !== false
      ? setInterval(() => {
          const ctx = { ...services, actor: null };
          // One after the other: on SQLite two writers would only wait on each other.
          void (async () => {
            await sendCadenceReminders(ctx).catch((err: unknown) =>
              app.log.error({ err }, 'cadence reminders failed'),
            );
            await sendObligationReminders(ctx).catch((err: unknown) =>
              app.log.error({ err }, 'legal clock reminders failed'),
            );
            await sendMaintenanceNotices(ctx).catch((err: unknown) =>
              app.log.error({ err }, 'maintenance notices failed'),
            );
            await sendActionItemReminders(ctx).catch((err: unknown) =>
              app.log.error({ err }, 'action item reminders failed'),
            );
          })();
        }, REMINDER_INTERVAL_MS)
      : null;
  reminders?.unref();
  // Exercises ride with the worker too; one tick at a time (a slow tick is not overtaken by the next).
  let ticking: Promise<void> | null = null;
  const exerciseTicks =
    options.worker !== false
      ? setInterval(() => {
          if (ticking) return;
          ticking = tickExercises({ ...services, actor: null })
            .then(() => undefined)
            .catch((err: unknown) => app.log.error({ err }, 'exercise tick failed'))
            .finally(() => {
              ticking = null;
            });
        }, EXERCISE_TICK_MS)
      : null;
  exerciseTicks?.unref();
  let url = '';
  if (options.listen !== false) {
    url = await app.listen({ port: config.port, host: config.host });
  }
  let stopped = false;
  return {
    app,
    store,
    worker,
    services,
    url,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      if (reminders) clearInterval(reminders);
      if (exerciseTicks) clearInterval(exerciseTicks);
      await ticking;
      await notifier.stop();
      await app.close();
      await worker.stop();
      await email.close();
      await store.close();
    },
  };
}
