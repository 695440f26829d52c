import { useEffect, useState } from 'preact/hooks';
import type { Attachment } from '../../../shared/model/materials.ts';
import { BlobDownloadError } from '../../blobs/blob-download-error.ts';
import { fileLink, openFile, type FileLink } from '../../blobs/open-file.ts';
import { readBlob, saveForOffline } from '../../blobs/offline-files.ts';
import { formatBytes } from '../../i18n/format-bytes.ts';
import { t } from '../../i18n/language.ts';
import type { MessageKey } from '../../i18n/ru.ts';
import { blobProblemText } from './blob-problem-text.ts';
import { blobToken } from './library-materials.ts';

interface Props {
  attachment: Attachment;
  /** The file is in this computer's store. */
  saved: boolean;
}

/** One attached file: its size, "save for offline" and "open" from the offline store. */
export function AttachmentItem({ attachment, saved }: Props) {
  const [received, setReceived] = useState<number | null>(null);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [opened, setOpened] = useState<FileLink | null>(null);
  useEffect(() => () => void (opened && URL.revokeObjectURL(opened.url)), [opened]);
  const { name } = attachment;

  async function save(): Promise<boolean> {
    setProblem(null);
    try {
      const token = blobToken();
      if (token === null) throw new BlobDownloadError('signed_out');
      setReceived(0);
      await saveForOffline(attachment, { token, onProgress: setReceived });
      return true;
    } catch (error) {
      setProblem(blobProblemText(error));
      return false;
    } finally {
      setReceived(null);
    }
  }

  async function open() {
    if (!saved && !(await save())) return;
    const blob = await readBlob(attachment.sha256);
    if (!blob) return setProblem('materials.problem.notFound');
    const link = fileLink(blob, name);
    setOpened(link);
    // a blocked pop-up leaves the link below to click
    openFile(link);
  }

  return (
    <li class="attachment">
      <span class="attachment-name">{attachment.name}</span>{' '}
      <span class="note">
        {formatBytes(attachment.size)} ·{' '}
        {saved ? t('materials.fileSaved') : t('materials.fileNotSaved')}
      </span>
      <span class="attachment-actions">
        <button
          type="button"
          aria-label={t('materials.openLabel', { name })}
          disabled={received !== null}
          onClick={() => void open()}
        >
          {t('materials.open')}
        </button>{' '}
        {!saved && (
          <button
            type="button"
            aria-label={t('materials.saveOfflineLabel', { name })}
            disabled={received !== null}
            onClick={() => void save()}
          >
            {t('materials.saveOffline')}
          </button>
        )}
      </span>
      {received !== null && (
        <progress
          max={attachment.size}
          value={received}
          aria-label={t('materials.fileProgress', { name })}
        />
      )}
      {opened && (
        <a href={opened.url} target="_blank" rel="noopener" download={opened.download}>
          {t('materials.openedLink', { name })}
        </a>
      )}
      {problem && (
        <p role="alert" class="form-error">
          {t(problem)}
        </p>
      )}
    </li>
  );
}
