import { MISSING, missingCapability } from './boot/browser-check.ts';
import { showUnsupportedPage } from './boot/unsupported-page.ts';
import { logError } from './log.ts';

/**
 * The entry: a small check first, so a browser that cannot run Sopka gets a page saying what to
 * do rather than a blank screen; the app's chunks load only once it passes.
 */
async function boot(): Promise<void> {
  const missing = await missingCapability();
  if (missing) return showUnsupportedPage(missing);
  try {
    await import('./main.tsx');
  } catch (error) {
    // code the browser cannot parse: it is older than the build's targets
    if (error instanceof SyntaxError) return showUnsupportedPage(MISSING.oldBrowser);
    logError('app did not load', error);
  }
}

void boot();
