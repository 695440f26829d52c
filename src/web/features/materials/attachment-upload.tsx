import { useState } from 'preact/hooks';
import type { Attachment } from '../../../shared/model/materials.ts';
import { BlobDownloadError } from '../../blobs/blob-download-error.ts';
import { uploadBlob } from '../../blobs/upload-blob.ts';
import { formatBytes } from '../../i18n/format-bytes.ts';
import { t } from '../../i18n/language.ts';
import type { MessageKey } from '../../i18n/ru.ts';
import { blobProblemText } from './blob-problem-text.ts';
import { blobToken } from './library-materials.ts';

interface Props {
  attachments: readonly Attachment[];
  onChange: (next: Attachment[]) => void;
}

/** PDF, DOCX and images for a material: each is sent to the server as soon as it is chosen. */
export function AttachmentUpload({ attachments, onChange }: Props) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<MessageKey | null>(null);

  async function add(files: readonly File[]) {
    setBusy(true);
    setProblem(null);
    const added: Attachment[] = [];
    try {
      const token = blobToken();
      if (token === null) throw new BlobDownloadError('signed_out');
      for (const file of files) {
        const { sha256, size } = await uploadBlob(file, { token });
        const mime = file.type || 'application/octet-stream';
        added.push({ sha256, name: file.name, size, mime });
      }
    } catch (error) {
      setProblem(blobProblemText(error));
    } finally {
      setBusy(false);
      const known = new Set(attachments.map((attachment) => attachment.sha256));
      const fresh = added.filter((attachment) => !known.has(attachment.sha256));
      if (fresh.length > 0) onChange([...attachments, ...fresh]);
    }
  }

  return (
    <fieldset class="material-files">
      <legend>{t('materials.files')}</legend>
      <ul>
        {attachments.map((attachment) => (
          <li key={attachment.sha256}>
            {attachment.name} <span class="note">{formatBytes(attachment.size)}</span>{' '}
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
        {busy ? t('materials.uploading') : t('materials.fileHint')}
      </p>
      {problem && (
        <p role="alert" class="form-error">
          {t(problem)}
        </p>
      )}
    </fieldset>
  );
}
