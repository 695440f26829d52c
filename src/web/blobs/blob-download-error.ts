export type BlobProblem =
  | 'corrupt'
  | 'not_found'
  | 'unauthorized'
  | 'network'
  | 'server'
  | 'quota'
  | 'too_large'
  | 'signed_out';

/** Why a file could not be saved for offline use; the screen turns `code` into words. */
export class BlobDownloadError extends Error {
  constructor(
    readonly code: BlobProblem,
    message: string = code,
  ) {
    super(message);
    this.name = 'BlobDownloadError';
  }
}
