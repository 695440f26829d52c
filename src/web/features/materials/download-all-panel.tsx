import { useState } from 'preact/hooks';
import type { Material } from '../../../shared/model/materials.ts';
import { BlobDownloadError } from '../../blobs/blob-download-error.ts';
import { missingAttachments, saveAllForOffline, storedHashes } from '../../blobs/offline-files.ts';
import { formatBytes } from '../../i18n/format-bytes.ts';
import { t } from '../../i18n/language.ts';
import type { MessageKey } from '../../i18n/ru.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { blobProblemText } from './blob-problem-text.ts';
import { blobToken } from './library-materials.ts';

/**
 * "Download all materials for offline work": texts arrive with sync; this saves every
 * attachment not yet here, showing the total before it starts and a progress bar while it runs.
 */
export function DownloadAllPanel({ materials }: { materials: readonly Material[] }) {
  const stored = useLiveQuery(() => storedHashes(), null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [finished, setFinished] = useState(false);
  if (stored === null) return null;
  const missing = missingAttachments(materials, stored);
  const total = missing.reduce((sum, attachment) => sum + attachment.size, 0);
  const here = new Map<string, number>();
  for (const { attachments } of materials)
    for (const attachment of attachments)
      if (stored.has(attachment.sha256)) here.set(attachment.sha256, attachment.size);
  const hereSize = [...here.values()].reduce((sum, size) => sum + size, 0);

  async function downloadAll() {
    setProblem(null);
    setFinished(false);
    try {
      const token = blobToken();
      if (token === null) throw new BlobDownloadError('signed_out');
      await saveAllForOffline(missing, { token }, (done, all) => setProgress({ done, total: all }));
      setFinished(true);
    } catch (error) {
      setProblem(blobProblemText(error));
    } finally {
      setProgress(null);
    }
  }

  return (
    <section class="card material-offline" aria-labelledby="material-offline-title">
      <h2 id="material-offline-title">{t('materials.offlineTitle')}</h2>
      <p>{t('materials.offlineTexts')}</p>
      <p data-testid="material-files-here">
        {t('materials.offlineHere', { count: here.size, size: formatBytes(hereSize) })}
      </p>
      {missing.length === 0 && progress === null ? (
        <p role="status">{finished ? t('materials.offlineDone') : t('materials.offlineAllHere')}</p>
      ) : (
        <>
          <p>
            {t('materials.offlineMissing', { count: missing.length, size: formatBytes(total) })}
          </p>
          <button type="button" disabled={progress !== null} onClick={() => void downloadAll()}>
            {t('materials.downloadAll')}
          </button>
        </>
      )}
      {progress && (
        <p>
          <label for="material-download-progress">
            {t('materials.downloadProgress', {
              done: formatBytes(progress.done),
              total: formatBytes(progress.total),
            })}
          </label>
          <progress id="material-download-progress" max={progress.total} value={progress.done} />
        </p>
      )}
      <p role="alert" class="form-error">
        {problem && t(problem)}
      </p>
    </section>
  );
}
