import { createHash } from 'node:crypto';
import type { Mutation } from '../../shared/sync/protocol.ts';

/** JSON with object keys sorted, so the same content always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What a mutation id stands for: the record, the values and their clock. The base is left out:
 * a device may rewrite it (re-stamping, a refused edit spliced out) and it is still the same write.
 */
export function mutationDigest(mutation: Mutation): string {
  const content = canonical([
    mutation.collection,
    mutation.id.toLowerCase(),
    mutation.hlc,
    mutation.patch,
  ]);
  return createHash('sha256').update(content).digest('base64url').slice(0, 22);
}
