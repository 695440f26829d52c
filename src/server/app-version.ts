import { readFileSync } from 'node:fs';

/** The release this server runs, from package.json (src/server and build/server alike). */
export const APP_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
