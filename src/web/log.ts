/** The app's one way to report a problem a person cannot act on (devtools only). */
export function logError(context: string, error: unknown): void {
  // eslint-disable-next-line no-console -- the single sanctioned console use in app code
  console.error(`[sopka] ${context}`, error);
}
