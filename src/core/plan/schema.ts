// The response plan's shape as zod schemas (one source for validation, the JSON Schema and the types).
import { z } from 'zod';
import {
  approvals,
  channels,
  contactKinds,
  criticalities,
  ID_PATTERN,
  legalRegimes,
  nis2Entities,
  PHONE_PATTERN,
  PLAN_SCHEMA_VERSION,
  planLanguages,
  templateKinds,
} from './enums.js';

// The error texts below are not shown to anyone: they mark which rule failed, and structure-issues.ts turns
// them into a sentence from the plan catalogue.
const Id = z
  .string()
  .regex(ID_PATTERN, { error: 'id_format' })
  .meta({ description: 'lower_snake_case identifier, unique in its list' });
/** A reference to an id elsewhere in the plan; whether it exists is checked by the cross-reference rules. */
const Ref = (what: string) =>
  z
    .string()
    .min(1)
    .meta({ description: `id of ${what}` });
const Text = z.string().min(1);
const Email = z.email();
const Phone = z.string().regex(PHONE_PATTERN, { error: 'phone_format' });
const Language = z.enum(planLanguages);
const Minutes = z.number().int().min(1).meta({ description: 'minutes' });

export const PlanPressContactSchema = z.strictObject({
  name: Text,
  email: Email.optional(),
  phone: Phone.optional(),
});

export const PlanOrganisationSchema = z.strictObject({
  name: Text,
  language: Language.meta({ description: 'the language of the plan and of its texts' }),
  press_contact: PlanPressContactSchema.optional().meta({
    description:
      'who journalists contact, shown on the press page; by default the communications lead (primary)',
  }),
});

export const PlanRegulatorySchema = z.strictObject({
  gdpr: z.strictObject({ controller: z.boolean(), processor: z.boolean() }),
  nis2: z.strictObject({
    entity: z.enum(nis2Entities),
    sector: Text.optional().meta({
      description: 'NIS2 sector; required for essential and important entities',
    }),
  }),
  dora: z.strictObject({ financial_entity: z.boolean() }),
  supervisory_authority: Ref('a contact of kind supervisory_authority'),
  csirt: Ref('a contact of kind csirt; required for NIS2 entities').optional(),
});

export const PlanPersonSchema = z.strictObject({
  id: Id,
  name: Text,
  email: Email,
  phone: Phone,
  language: Language,
});

export const PlanContactSchema = z.strictObject({
  id: Id,
  kind: z.enum(contactKinds),
  organisation: Text,
  name: Text.optional(),
  phone: Phone.optional(),
  email: Email.optional(),
  notes: Text.optional(),
});

export const PlanRoleSchema = z.strictObject({
  id: Id,
  name: Text,
  description: Text.optional(),
  primary: Ref('a person'),
  deputies: z.array(Ref('a person')),
  may_approve: z.array(z.enum(approvals)).meta({ description: 'the approvals this role can give' }),
});

export const PlanSeveritySchema = z.strictObject({
  id: Id,
  name: Text,
  criteria: z.array(Text).min(1),
  cadence: z
    .record(z.string(), Minutes)
    .meta({ description: 'update cadence in minutes per audience id; overrides the audience default' }),
});

export const PlanServiceSchema = z.strictObject({
  id: Id,
  name: Text,
  description: Text.optional(),
  criticality: z.enum(criticalities),
  shutdown_cost: Text.meta({ description: 'what taking this service offline costs the business' }),
  public: z.boolean().meta({ description: 'shown on the public status page' }),
});

export const chatServices = ['slack', 'teams', 'mattermost'] as const;
const HttpUrl = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/, { error: 'url_format' })
  .meta({ description: 'an http or https URL' });

export const PlanRecipientSchema = z
  .strictObject({
    person: Ref('a person').optional(),
    contact: Ref('a contact with an email address').optional(),
    email: Email.optional(),
    name: Text.optional(),
    language: Language.optional().meta({
      description: "for an email address; default the plan's language (people have their own)",
    }),
  })
  .meta({
    description:
      'one email recipient: exactly one of a person of the team, an external contact with an email address, or ' +
      'an address (a distribution list); name and language go with an address only',
  });

export const PlanChatSchema = z.strictObject({
  service: z.enum(chatServices),
  url: HttpUrl.meta({ description: "the channel's incoming-webhook URL" }),
  name: Text.optional().meta({ description: 'shown in the deliveries, e.g. "#crisis"' }),
});

export const PlanWebhookSchema = z.strictObject({
  url: HttpUrl.meta({
    description: 'receives message.published events signed per Standard Webhooks (secret: Settings)',
  }),
  name: Text.optional(),
});

export const PlanAudienceSchema = z.strictObject({
  id: Id,
  name: Text,
  description: Text.optional(),
  internal: z.boolean(),
  channels: z.array(z.enum(channels)).min(1),
  languages: z.array(Language).min(1),
  approval_chain: z
    .array(Ref('a role'))
    .min(1)
    .meta({ description: 'the roles that must approve a message' }),
  cadence_minutes: Minutes.meta({ description: 'default minutes between updates' }),
  recipients: z
    .array(PlanRecipientSchema)
    .optional()
    .meta({ description: 'who gets the email channel; each in their own language' }),
  chat: z.array(PlanChatSchema).optional().meta({ description: 'incoming webhooks for the chat channel' }),
  webhooks: z.array(PlanWebhookSchema).optional().meta({ description: 'receivers for the webhook channel' }),
});

export const PlanTaskSchema = z.strictObject({
  title: Text,
  owner: Ref('a role'),
  caution: Text.optional(),
  due_minutes: z
    .number()
    .int()
    .min(0)
    .optional()
    .meta({ description: 'due this many minutes after the incident is declared' }),
});

export const PlanPhasesSchema = z.strictObject({
  detection: z.array(PlanTaskSchema),
  containment: z.array(PlanTaskSchema),
  recovery: z.array(PlanTaskSchema),
  evaluation: z.array(PlanTaskSchema),
});

export const PlanTemplateSchema = z.strictObject({
  id: Id,
  audience: Ref('an audience'),
  language: Language,
  kind: z.enum(templateKinds),
  subject: Text,
  body: Text.meta({ description: 'Markdown with {{variables}}' }),
});

export const PlanEmployeeGuidanceSchema = z.strictObject({
  do: z.array(Text).meta({ description: 'what employees should do' }),
  dont: z.array(Text).meta({ description: 'what employees must not do' }),
});

export const PlanScenarioSchema = z.strictObject({
  id: Id,
  name: Text,
  description: Text,
  detection_hints: z.array(Text).min(1),
  legal_regimes: z.array(z.enum(legalRegimes)),
  audiences: z.array(Ref('an audience')).min(1),
  services: z
    .array(Ref('a service'))
    .optional()
    .meta({ description: 'services this scenario usually affects' }),
  employee_guidance: PlanEmployeeGuidanceSchema.optional().meta({
    description:
      'what employees may and may not do, shown on the internal page during an incident of this kind',
  }),
  phases: PlanPhasesSchema,
  templates: z.array(PlanTemplateSchema).min(1),
});

export const PlanJargonSchema = z.strictObject({
  term: Text,
  plain: Text.meta({ description: 'what to write instead' }),
});

export const PlanSchema = z.strictObject({
  schema_version: z.literal(PLAN_SCHEMA_VERSION),
  organisation: PlanOrganisationSchema,
  reviewed_at: z.iso.date().meta({ description: 'date of the last review (YYYY-MM-DD)' }),
  regulatory: PlanRegulatorySchema,
  people: z.array(PlanPersonSchema).min(1),
  contacts: z.array(PlanContactSchema),
  roles: z.array(PlanRoleSchema).min(1),
  severities: z.array(PlanSeveritySchema).min(1),
  services: z.array(PlanServiceSchema),
  audiences: z.array(PlanAudienceSchema).min(1),
  scenarios: z.array(PlanScenarioSchema).min(1),
  jargon: z
    .strictObject({ nl: z.array(PlanJargonSchema).optional(), en: z.array(PlanJargonSchema).optional() })
    .optional()
    .meta({ description: "the organisation's own jargon for the plain-language check, per language" }),
});

export type Plan = z.infer<typeof PlanSchema>;
export type PlanOrganisation = z.infer<typeof PlanOrganisationSchema>;
export type PlanRegulatory = z.infer<typeof PlanRegulatorySchema>;
export type PlanPerson = z.infer<typeof PlanPersonSchema>;
export type PlanContact = z.infer<typeof PlanContactSchema>;
export type PlanRole = z.infer<typeof PlanRoleSchema>;
export type PlanSeverity = z.infer<typeof PlanSeveritySchema>;
export type PlanService = z.infer<typeof PlanServiceSchema>;
export type PlanAudience = z.infer<typeof PlanAudienceSchema>;
export type PlanTask = z.infer<typeof PlanTaskSchema>;
export type PlanPhases = z.infer<typeof PlanPhasesSchema>;
export type PlanTemplate = z.infer<typeof PlanTemplateSchema>;
export type PlanScenario = z.infer<typeof PlanScenarioSchema>;
export type PlanPressContact = z.infer<typeof PlanPressContactSchema>;
export type PlanEmployeeGuidance = z.infer<typeof PlanEmployeeGuidanceSchema>;
export type PlanJargon = z.infer<typeof PlanJargonSchema>;
export type PlanRecipient = z.infer<typeof PlanRecipientSchema>;
export type PlanChat = z.infer<typeof PlanChatSchema>;
export type PlanWebhook = z.infer<typeof PlanWebhookSchema>;
export type ChatService = (typeof chatServices)[number];
