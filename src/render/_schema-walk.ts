import { z } from 'zod';

/**
 * Walking a view schema the way Handlebars walks a view: which fields a path reaches, what a list
 * holds, and a sample value with every field filled (or every list empty) to render templates with.
 */

/** A schema, or `unknown` where the view's shape cannot be followed (records, unions, any). */
export type Shape = z.ZodType | 'unknown';

function core(s: z.ZodType): z.ZodType {
  let cur: z.ZodType = s;
  while (cur instanceof z.ZodNullable || cur instanceof z.ZodOptional || cur instanceof z.ZodDefault) {
    cur = cur.unwrap() as z.ZodType;
  }
  return cur;
}

/** The schema of a field, null when the view has no such field. */
export function fieldOf(shape: Shape, name: string): Shape | null {
  if (shape === 'unknown') return 'unknown';
  const s = core(shape);
  if (s instanceof z.ZodObject) return (s.shape as Record<string, z.ZodType>)[name] ?? null;
  if (s instanceof z.ZodArray) {
    if (name === 'length') return z.number();
    return /^\d+$/.test(name) ? (s.element as z.ZodType) : null;
  }
  if (s instanceof z.ZodString) return name === 'length' ? z.number() : null;
  if (s instanceof z.ZodNumber || s instanceof z.ZodBoolean || s instanceof z.ZodEnum || s instanceof z.ZodLiteral) return null;
  return 'unknown';
}

/** The schema at a path of fields, null when one of them does not exist. */
export function shapeAt(shape: Shape, parts: string[]): Shape | null {
  let cur: Shape | null = shape;
  for (const part of parts) {
    if (cur === null) return null;
    cur = fieldOf(cur, part);
  }
  return cur;
}

/** What `#each` iterates over: a list's items; unknown for anything else. */
export function itemOf(shape: Shape): Shape {
  if (shape === 'unknown') return 'unknown';
  const s = core(shape);
  return s instanceof z.ZodArray ? (s.element as z.ZodType) : 'unknown';
}

export function isList(shape: Shape): boolean {
  return shape !== 'unknown' && core(shape) instanceof z.ZodArray;
}

/** The fields available at a shape, for telling an author what they could have meant. */
export function fieldNames(shape: Shape): string[] {
  if (shape === 'unknown') return [];
  const s = core(shape);
  if (s instanceof z.ZodObject) return Object.keys(s.shape as object);
  if (s instanceof z.ZodArray) return ['length'];
  return [];
}

/**
 * A value of the schema's shape. `full` fills every optional part (nulls become values, lists get
 * one item) so every section renders; `empty` leaves lists empty and nullable fields null.
 */
export function sampleOf(schema: z.ZodType, mode: 'full' | 'empty'): unknown {
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) {
    return mode === 'empty' ? null : sampleOf(schema.unwrap() as z.ZodType, mode);
  }
  const s = core(schema);
  if (s instanceof z.ZodObject) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(s.shape as Record<string, z.ZodType>)) out[k] = sampleOf(v, mode);
    return out;
  }
  if (s instanceof z.ZodArray) return mode === 'empty' ? [] : [sampleOf(s.element as z.ZodType, mode)];
  if (s instanceof z.ZodString) return '示例';
  if (s instanceof z.ZodNumber) return 1;
  if (s instanceof z.ZodBoolean) return mode === 'full';
  if (s instanceof z.ZodEnum) return s.options[0];
  if (s instanceof z.ZodLiteral) return s.values.values().next().value;
  return null;
}
