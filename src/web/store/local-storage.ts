/** localStorage, or null when the browser's settings disable it (then only IndexedDB keeps data). */
export function localStore(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Keys of every item whose key starts with `prefix`. */
export function keysStartingWith(prefix: string): string[] {
  const store = localStore();
  if (!store) return [];
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}
