// Every migration, in order. Written once for both databases with Kysely's schema builder.
import type { Migration } from 'kysely';
import * as foundation from './0001-foundation.js';
import * as plan from './0002-plan.js';
import * as incidents from './0003-incidents.js';
import * as messages from './0004-messages.js';
import * as legal from './0005-legal.js';
import * as legalFollowUps from './0006-legal-follow-ups.js';
import * as statusPage from './0007-status-page.js';
import * as statusSubscribers from './0008-status-subscribers.js';
import * as evaluation from './0009-evaluation.js';
import * as exercises from './0010-exercises.js';
import * as historyIndexes from './0011-history-indexes.js';
import * as historySearchAndPins from './0012-history-search-and-pins.js';
import * as statusFanOuts from './0013-status-fan-outs.js';

export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-plan': plan,
  '0003-incidents': incidents,
  '0004-messages': messages,
  '0005-legal': legal,
  '0006-legal-follow-ups': legalFollowUps,
  '0007-status-page': statusPage,
  '0008-status-subscribers': statusSubscribers,
  '0009-evaluation': evaluation,
  '0010-exercises': exercises,
  '0011-history-indexes': historyIndexes,
  '0012-history-search-and-pins': historySearchAndPins,
  '0013-status-fan-outs': statusFanOuts,
};
