/**
 * The release this PWA was built from (vite.config.ts defines it); «dev» in unit tests and when
 * the sync code runs under plain Node (tsx: the benchmarks), where import.meta.env is undefined.
 */
const env = import.meta.env as ImportMetaEnv | undefined;
export const APP_VERSION: string = (env?.VITE_APP_VERSION as string | undefined) ?? 'dev';
