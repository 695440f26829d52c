import { useState } from 'preact/hooks';
import type { Attachment } from '../../../shared/model/materials.ts';
import { BlobDownloadError } from '../../blobs/blob-download-error.ts';
import { queueUpload } from '../../blobs/upload-queue.ts';
import { formatBytes } from '../../i18n/format-bytes.ts';
import { t } from '../../i18n/language.ts';
import type { MessageKey } from '../../i18n/ru.ts';
import { db } from '../../store/db.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { requestSync } from '../../sync/sync-status.ts';
import { blobProblemText } from './blob-problem-text.ts';

/** The server's limit for one file (DEFAULT_LIMITS.blobLimit): larger ones are refused here. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

interface Props {
  attachments: readonly Attachment[];
  onChange: (next: Attachment[]) => void;
}

async function keepAttachment(file: File): Promise<Attachment> {
  if (file.size > MAX_FILE_BYTES) throw new BlobDownloadError('too_large');
  const queued = await queueUpload(file, file.name.slice(0, 255));
  const mime = (queued.mime || 'application/octet-stream').slice(0, 100);
  return { sha256: queued.sha256, name: queued.name, size: queued.size, mime };
}

/**
 * PDF, DOCX and images for a material: each is kept on this computer and queued at once, and
 * every sync sends the queue (like a checklist scan), so a file chosen offline is not lost.
 */
export function AttachmentUpload({ attachments, onChange }: Props) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const unsent = useLiveQuery(
    async () => new Set(await db.uploads.toCollection().primaryKeys()),
    new Set<string>(),
  );

  async function add(files: readonly File[]) {
    setBusy(true);
    setProblem(null);
    const added: Attachment[] = [];
    try {
      for (const file of files) added.push(await keepAttachment(file));
    } catch (error) {
      setProblem(blobProblemText(error));
    } finally {
      setBusy(false);
      const known = new Set(attachments.map((attachment) => attachment.sha256));
      const fresh = added.filter((attachment) => !known.has(attachment.sha256));
      if (fresh.length > 0) onChange([...attachments, ...fresh]);
      if (added.length > 0) requestSync();
    }
  }

  return (
    <fieldset class="material-files">
      <legend>{t('materials.files')}</legend>
      <ul>
        {attachments.map((attachment) => (
          <li key={attachment.sha256}>
            {attachment.name}{' '}
            <span class="note">
              {formatBytes(attachment.size)}
              {unsent.has(attachment.sha256) && ` · ${t('materials.fileUnsent')}`}
            </span>{' '}
            <button
              type="button"
              aria-label={t('materials.removeFileLabel', { name: attachment.name })}
              onClick={() => onChange(attachments.filter((a) => a.sha256 !== attachment.sha256))}
            >
              {t('materials.removeFile')}
            </button>
          </li>
        ))}
      </ul>
      <label for="material-file">{t('materials.addFile')}</label>
      <input
        id="material-file"
        type="file"
        multiple
        accept=".pdf,.doc,.docx,.odt,.xls,.xlsx,.rtf,.txt,image/*"
        disabled={busy}
        aria-describedby="material-file-hint"
        onChange={(event) => {
          const input = event.currentTarget;
          const files = Array.from(input.files ?? []);
          input.value = '';
          if (files.length > 0) void add(files);
        }}
      />
      <p id="material-file-hint" class="note" role="status">
        {busy ? t('materials.keepingFile') : t('materials.fileHint')}
      </p>
      {problem && (
        <p role="alert" class="form-error">
          {t(problem)}
        </p>
      )}
    </fieldset>
  );
}
