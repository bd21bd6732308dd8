// The API's types, inferred from the zod schemas the server validates with (types only: no zod in the bundle).
import type { z } from 'zod';
import type { ZAccount, ZAccountTokenInfo } from '@core/api/accounts';
import type {
  ZApiToken,
  ZCreatedToken,
  ZDelivery,
  ZMail,
  ZMailSummary,
  ZSystemInfo,
  ZTimelineEvent,
  ZTimelinePage,
} from '@core/api/system';
import type { AccessLevel } from '@core/access';
import type { Language } from '@core/api/common';

export type { AccessLevel, Language };
export type Account = z.infer<typeof ZAccount>;
export type AccountTokenInfo = z.infer<typeof ZAccountTokenInfo>;
export type SystemInfo = z.infer<typeof ZSystemInfo>;
export type ApiToken = z.infer<typeof ZApiToken>;
export type CreatedToken = z.infer<typeof ZCreatedToken>;
export type MailSummary = z.infer<typeof ZMailSummary>;
export type Mail = z.infer<typeof ZMail>;
export type Delivery = z.infer<typeof ZDelivery>;
export type DeliveryStatus = Delivery['status'];
export type TimelineEvent = z.infer<typeof ZTimelineEvent>;
export type TimelinePage = z.infer<typeof ZTimelinePage>;

/** The access levels and languages in the order the UI offers them (mirrors core; kept here to avoid bundling zod). */
export const ACCESS_LEVELS: readonly AccessLevel[] = ['viewer', 'responder', 'admin'];
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

/** Mirrors PASSWORD_MIN in @core/api/common (importing it would pull zod into the bundle); used only for the hint. */
export const PASSWORD_MIN = 10;
