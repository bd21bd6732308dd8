// Finds the part of the plan schema at a path: the fields a place allows, and the key order for export.
import { z } from 'zod';
import type { PlanPath } from './problem.js';
import { PlanSchema } from './schema.js';

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s;
}

/** The schema of the value at a path, or undefined when the path leaves the schema. */
export function schemaAt(path: PlanPath, root: z.ZodType = PlanSchema): z.ZodType | undefined {
  let s: z.ZodType | undefined = unwrap(root);
  for (const seg of path) {
    if (s instanceof z.ZodObject && typeof seg === 'string') s = (s.shape as Record<string, z.ZodType>)[seg];
    else if (s instanceof z.ZodArray && typeof seg === 'number') s = s.element as z.ZodType;
    else if (s instanceof z.ZodRecord) s = s.valueType as z.ZodType;
    else return undefined;
    if (s === undefined) return undefined;
    s = unwrap(s);
  }
  return s;
}

/** The field names allowed in the map at a path, in schema order. */
export function fieldsAt(path: PlanPath): string[] {
  const s = schemaAt(path);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

/** A copy of a value with its map keys in schema order; keys the schema does not know are left out. */
export function orderLike(schema: z.ZodType, value: unknown): unknown {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(s.shape as Record<string, z.ZodType>)) {
      if (source[key] !== undefined) out[key] = orderLike(field, source[key]);
    }
    return out;
  }
  if (s instanceof z.ZodArray && Array.isArray(value))
    return value.map((v) => orderLike(s.element as z.ZodType, v));
  if (s instanceof z.ZodRecord && typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        orderLike(s.valueType as z.ZodType, v),
      ]),
    );
  }
  return value;
}
