/**
 * A phone reduced to what identifies it: digits only, a Russian 8… or bare 10-digit number
 * written as 7…, so «8 (914) 021-45-67» and «+7 914 0214567» are the same phone.
 * Undefined when there are too few digits to be a phone.
 */
export function normalizePhone(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const digits = text.replace(/\D/g, '');
  if (digits.length < 6) return undefined;
  if (digits.length === 11 && digits.startsWith('8')) return `7${digits.slice(1)}`;
  if (digits.length === 10 && digits.startsWith('9')) return `7${digits}`;
  return digits;
}

/** The registration's phone: its `phone`, or an older record's `contact` when that is a phone. */
export function registrationPhone(r: { phone?: string; contact?: string }): string | undefined {
  if (r.phone) return normalizePhone(r.phone);
  if (r.contact && !r.contact.includes('@')) return normalizePhone(r.contact);
  return undefined;
}
