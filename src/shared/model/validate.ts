import type { z } from 'zod';
import { IMMUTABLE_FIELDS } from './common.ts';
import { collectionSpec, type CollectionName } from './registry.ts';
import { unsafePatchField } from './unsafe-text.ts';

export type ValidationResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: 'invalid'; message: string; field: string | undefined };

/** One Russian sentence for the first problem: «Поле title: Укажите название проекта». */
export function describeIssues(error: z.ZodError): { message: string; field: string | undefined } {
  const issue = error.issues[0];
  if (!issue) return { message: 'Неверные данные', field: undefined };
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const field = issue.path.length ? issue.path.map(String).join('.') : unknownKey;
  return { message: issue.message, field };
}

const patchSchemas = new Map<CollectionName, z.ZodType<Record<string, unknown>>>();

/** Built once per collection: building it costs ~0.9 ms, more than checking a patch. */
function patchSchema(collection: CollectionName): z.ZodType<Record<string, unknown>> {
  let schema = patchSchemas.get(collection);
  if (!schema) {
    schema = collectionSpec(collection).fields.partial().strict();
    patchSchemas.set(collection, schema);
  }
  return schema;
}

/**
 * Checks a patch against the collection's field schemas (every field optional, no unknown ones).
 * null clears an optional field. Text that PostgreSQL cannot keep is refused at any depth.
 */
export function validatePatch(
  collection: CollectionName,
  patch: Record<string, unknown>,
): ValidationResult<Record<string, unknown>> {
  const unsafe = unsafePatchField(patch);
  if (unsafe) return { ok: false, code: 'invalid', ...unsafe };
  const fields = collectionSpec(collection).fields;
  // null clears a field, except where the schema takes null as a value (centreId)
  const cleared = Object.keys(patch).filter(
    (key) =>
      patch[key] === null && key in fields.shape && !fields.shape[key]?.safeParse(null).success,
  );
  const required = cleared.find((key) => !fields.shape[key]?.safeParse(undefined).success);
  if (required !== undefined)
    return { ok: false, code: 'invalid', message: 'Это поле нельзя очистить', field: required };
  const present = Object.fromEntries(
    Object.entries(patch).filter(([key]) => !cleared.includes(key)),
  );
  const result = patchSchema(collection).safeParse(present);
  if (result.success) {
    const value: Record<string, unknown> = { ...result.data };
    for (const key of cleared) value[key] = null;
    return { ok: true, value };
  }
  return { ok: false, code: 'invalid', ...describeIssues(result.error) };
}

/** Checks a whole record, cross-field rules included. */
export function validateRecord(
  collection: CollectionName,
  record: Record<string, unknown>,
): ValidationResult<Record<string, unknown>> {
  const unsafe = unsafePatchField(record);
  if (unsafe) return { ok: false, code: 'invalid', ...unsafe };
  const result = collectionSpec(collection).schema.safeParse(record);
  if (result.success) return { ok: true, value: result.data as Record<string, unknown> };
  return { ok: false, code: 'invalid', ...describeIssues(result.error) };
}

/** Names an immutable field the patch would change on an existing record, if any. */
export function changedImmutableField(
  existing: Record<string, unknown> | undefined,
  patch: Record<string, unknown>,
): string | undefined {
  if (!existing) return undefined;
  return IMMUTABLE_FIELDS.find((f) => f in patch && patch[f] !== existing[f]);
}
