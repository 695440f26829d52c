/** Salted PBKDF2-SHA-256 via WebCrypto: checks the staff password offline without keeping it. */
export const KIOSK_ITERATIONS = 210_000;

const hex = (bytes: ArrayBuffer | Uint8Array) =>
  Array.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');

const unhex = (text: string) =>
  new Uint8Array((text.match(/../g) ?? []).map((pair) => parseInt(pair, 16)));

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return hex(bits);
}

export interface PasswordHash {
  salt: string;
  hash: string;
  iterations: number;
}

export async function hashPassword(
  password: string,
  iterations = KIOSK_ITERATIONS,
): Promise<PasswordHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: hex(salt), hash: await derive(password, salt, iterations), iterations };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const hash = await derive(password, unhex(stored.salt), stored.iterations);
  // compare every character: the time taken says nothing about how much matched
  let difference = hash.length ^ stored.hash.length;
  for (let i = 0; i < hash.length; i++)
    difference |= hash.charCodeAt(i) ^ (stored.hash.charCodeAt(i) || 0);
  return difference === 0;
}
