import type { BlobProblem } from '../../blobs/blob-download-error.ts';
import { BlobDownloadError } from '../../blobs/blob-download-error.ts';
import type { MessageKey } from '../../i18n/ru.ts';
import { logError } from '../../log.ts';

const problemText = {
  corrupt: 'materials.problem.corrupt',
  not_found: 'materials.problem.notFound',
  unauthorized: 'materials.problem.unauthorized',
  network: 'materials.problem.network',
  server: 'materials.problem.server',
  quota: 'materials.problem.quota',
  too_large: 'materials.problem.tooLarge',
  signed_out: 'materials.problem.unauthorized',
} as const satisfies Record<BlobProblem, MessageKey>;

/** What to tell a person about a failed file transfer (anything unexpected is logged). */
export function blobProblemText(error: unknown): MessageKey {
  if (error instanceof BlobDownloadError) return problemText[error.code];
  logError('materials file', error);
  return 'materials.problem.server';
}
