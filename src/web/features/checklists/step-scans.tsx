import { useState } from 'preact/hooks';
import type { Attachment } from '../../../shared/model/materials.ts';
import { BlobDownloadError } from '../../blobs/blob-download-error.ts';
import { readBlob, saveForOffline } from '../../blobs/offline-files.ts';
import { fileLink, openFile } from '../../blobs/open-file.ts';
import { formatBytes } from '../../i18n/format-bytes.ts';
import { t } from '../../i18n/language.ts';
import type { MessageKey } from '../../i18n/ru.ts';
import { session } from '../../session/session-state.ts';
import { db } from '../../store/db.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { blobProblemText } from '../materials/blob-problem-text.ts';
import { keepScan } from './scan-uploads.ts';

interface Props {
  stepKey: string;
  title: string;
  scans: readonly string[];
  files: readonly Attachment[];
  /** Adds the kept file to the step. */
  onAttached: (file: Attachment) => Promise<boolean>;
}

interface ScanState {
  here: boolean;
  unsent: boolean;
}

/** One scan: its name and size, whether it is on this PC, and "open" (fetched first if not). */
function ScanLink({ sha256, index, file }: { sha256: string; index: number; file?: Attachment }) {
  const state = useLiveQuery<ScanState | null>(
    async () => ({
      here: (await db.blobs.where('sha256').equals(sha256).count()) > 0,
      unsent: (await db.uploads.where('sha256').equals(sha256).count()) > 0,
    }),
    null,
    [sha256],
  );
  const [received, setReceived] = useState<number | null>(null);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const name = file?.name ?? t('checklist.scanUnnamed', { index });
  if (!state) return null;

  async function open() {
    setProblem(null);
    try {
      if (!state?.here) {
        const token = session.value?.token;
        if (!token) throw new BlobDownloadError('signed_out');
        if (!file) throw new BlobDownloadError('not_found');
        setReceived(0);
        await saveForOffline(file, { token, onProgress: setReceived, attempts: 2 });
      }
      const blob = await readBlob(sha256);
      if (!blob) throw new BlobDownloadError('not_found');
      openFile(fileLink(blob, name));
    } catch (error) {
      setProblem(blobProblemText(error));
    } finally {
      setReceived(null);
    }
  }

  const where = state.unsent
    ? t('checklist.scanUnsent')
    : state.here
      ? t('checklist.scanHere')
      : t('checklist.scanNotHere');
  return (
    <li>
      {t('checklist.scanItem', { name, size: file ? formatBytes(file.size) : '?' })} · {where}{' '}
      <button
        type="button"
        class="no-print"
        aria-label={t('checklist.scanOpenLabel', { name })}
        disabled={received !== null}
        onClick={() => void open()}
      >
        {state.here ? t('checklist.scanOpen') : t('checklist.scanDownload')}
      </button>
      {received !== null && file && (
        <progress
          max={file.size}
          value={received}
          aria-label={t('checklist.scanProgress', { name })}
        />
      )}
      {problem && (
        <p role="alert" class="form-error">
          {t(problem)}
        </p>
      )}
    </li>
  );
}

/** Scans and photos of one step, each with its name; a new one is kept here, then queued. */
export function StepScans({ stepKey, title, scans, files, onAttached }: Props) {
  const [message, setMessage] = useState('');
  async function attach(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const kept = await keepScan(file);
      if (!(await onAttached(kept))) return;
      setMessage(t('checklist.scanKept', { name: kept.name }));
    } catch (error) {
      setMessage(
        error instanceof BlobDownloadError
          ? t(blobProblemText(error))
          : t('checklist.scanFailed', { reason: String(error) }),
      );
    }
    input.value = '';
  }
  return (
    <div class="step-scans">
      {scans.length > 0 && (
        <ul aria-label={t('checklist.scans')}>
          {scans.map((sha256, index) => {
            const file = files.find((candidate) => candidate.sha256 === sha256);
            return file ? (
              <ScanLink key={sha256} sha256={sha256} index={index + 1} file={file} />
            ) : (
              <ScanLink key={sha256} sha256={sha256} index={index + 1} />
            );
          })}
        </ul>
      )}
      <label class="no-print" for={`scan-${stepKey}`}>
        {t('checklist.attach', { title })}
      </label>
      <input
        class="no-print"
        id={`scan-${stepKey}`}
        type="file"
        accept="image/*,application/pdf"
        onChange={(e) => void attach(e.currentTarget)}
      />
      <p role="status" class="no-print">
        {message}
      </p>
    </div>
  );
}
