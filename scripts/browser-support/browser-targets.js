// @ts-check
import browserslist from 'browserslist';

/**
 * The oldest version of each browser that package.json's `browserslist` names, e.g.
 * `{ chrome: 109, firefox: 115 }`: read by the build's target and by the API lint.
 * @param {string} [path] where browserslist looks for its config
 * @returns {Record<string, number>}
 */
export function oldestBrowserVersions(path = process.cwd()) {
  /** @type {Record<string, number>} */
  const oldest = {};
  for (const entry of browserslist(undefined, { path })) {
    const [name = '', range = ''] = entry.split(' ');
    const version = Number.parseFloat(range.split('-')[0] ?? '');
    const known = oldest[name];
    if (known === undefined || version < known) oldest[name] = version;
  }
  return oldest;
}

/** The same list as a Vite / esbuild `build.target`: `['chrome109', 'firefox115']`. */
export function buildTargets(path = process.cwd()) {
  return Object.entries(oldestBrowserVersions(path)).map(([name, v]) => `${name}${v}`);
}
