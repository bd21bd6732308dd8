// The response plan: its model, validation in plain words, YAML in and out, and the published JSON Schema.
export * from './enums.js';
export * from './schema.js';
export type { PlanError, PlanPath } from './problem.js';
export { validatePlan, validatePlanYaml, type PlanValidation } from './validate.js';
export { planToYaml } from './yaml.js';
export { planJsonSchema } from './json-schema.js';
export { planCatalogues, planText, type PlanMessageKey } from './catalogue.js';
export {
  templateVariables,
  isTemplateVariable,
  scanTemplate,
  type TemplateVariable,
} from './template-variables.js';
export { diffPlans, type PlanChange } from './diff.js';
export { reviewStatus, REVIEW_INTERVAL_MONTHS, type ReviewStatus } from './review.js';
export { emergencySheet, type EmergencySheet } from './emergency-sheet.js';
export { setYamlValue } from './yaml-edit.js';
