/**
 * Mutation ids as RFC 9562 version-8 UUIDs: a random 60-bit device prefix, then a 60-bit
 * counter. Random v4 ids do not compress (≈20 bytes each on the wire, both ways); a shared
 * prefix with a counter gzips to almost nothing, which keeps a 1,000-change push in budget.
 */
const PREFIX = /^[0-9a-f]{15}$/;
const COUNTER_DIGITS = 15;

export function formatMutationId(devicePrefix: string, counter: number): string {
  if (!PREFIX.test(devicePrefix)) throw new Error(`Invalid mutation id prefix: ${devicePrefix}`);
  if (!Number.isSafeInteger(counter) || counter < 0)
    throw new Error(`Invalid mutation id counter: ${counter}`);
  const p = devicePrefix;
  const c = counter.toString(16).padStart(COUNTER_DIGITS, '0');
  return `${p.slice(0, 8)}-${p.slice(8, 12)}-8${p.slice(12, 15)}-8${c.slice(0, 3)}-${c.slice(3)}`;
}

export function randomMutationIdPrefix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return hex.slice(0, 15);
}
