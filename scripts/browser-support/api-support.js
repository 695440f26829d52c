// @ts-check
import bcd from '@mdn/browser-compat-data/forLegacyNode';

/** @typedef {{ version_added?: string | boolean | null, version_removed?: string | boolean | null, flags?: unknown, prefix?: string, alternative_name?: string }} SupportStatement */
/** @typedef {{ support: Record<string, SupportStatement | SupportStatement[] | undefined> }} Compat */

/**
 * MDN's compat entry at a dotted path such as `api.URL.canParse_static`, or undefined.
 * @param {string} path
 * @returns {Compat | undefined}
 */
export function compatAt(path) {
  /** @type {unknown} */
  let node = bcd;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = /** @type {Record<string, unknown>} */ (node)[key];
  }
  const compat = /** @type {{ __compat?: Compat } | undefined} */ (node)?.__compat;
  return compat;
}

/** @param {string | boolean | null | undefined} version */
function versionNumber(version) {
  if (typeof version !== 'string' || version === 'preview') return Infinity;
  return Number.parseFloat(version.replace('≤', ''));
}

/**
 * The version a browser shipped the feature unprefixed and unflagged in, if it still has it at
 * `target`; otherwise the earliest such version (Infinity: never). A partial implementation
 * counts as support: the notes MDN gives for those (e.g. AbortSignal.timeout's error name in
 * Chrome < 124) are for a reviewer to judge, not the lint.
 * @param {Compat} compat
 * @param {string} browser
 * @param {number} target
 */
function supportAt(compat, browser, target) {
  const raw = compat.support[browser];
  const statements = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter(
    (s) => !s.flags && !s.prefix && !s.alternative_name,
  );
  let earliest = Infinity;
  for (const s of statements) {
    const added = versionNumber(s.version_added);
    const removed = s.version_removed ? versionNumber(s.version_removed) : Infinity;
    if (added <= target && removed > target) return { supported: true, since: added };
    earliest = Math.min(earliest, added);
  }
  return { supported: false, since: earliest };
}

/**
 * The target browsers that lack the feature, as `Chrome 109 (from 117)`; empty when all have it.
 * @param {Compat} compat
 * @param {Record<string, number>} targets oldest version per browser, e.g. `{ chrome: 109 }`
 * @returns {string[]}
 */
export function missingIn(compat, targets) {
  const missing = [];
  for (const [browser, target] of Object.entries(targets)) {
    const { supported, since } = supportAt(compat, browser, target);
    if (supported) continue;
    const name = browser.charAt(0).toUpperCase() + browser.slice(1);
    missing.push(`${name} ${target} (${since === Infinity ? 'never' : `from ${since}`})`);
  }
  return missing;
}

/** Names MDN has data for: a global (`structuredClone`) or a member of one (`canParse_static`). */
export const KNOWN_GLOBALS = new Set([
  ...Object.keys(bcd.api),
  ...Object.keys(bcd.javascript.builtins),
]);
export const KNOWN_MEMBERS = new Set(
  [bcd.api, bcd.javascript.builtins].flatMap((tree) =>
    Object.values(tree).flatMap((entry) =>
      Object.keys(entry).map((k) => k.replace(/_static$/, '')),
    ),
  ),
);
