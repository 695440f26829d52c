import { useState } from 'preact/hooks';
import { formatBytes } from '../../i18n/format-bytes.ts';
import { t } from '../../i18n/language.ts';
import { db } from '../../store/db.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { keepScan } from './scan-uploads.ts';

interface Props {
  stepKey: string;
  title: string;
  scans: readonly string[];
  /** Adds the kept file's hash to the step. */
  onAttached: (sha256: string) => Promise<boolean>;
}

function ScanLink({ sha256, index }: { sha256: string; index: number }) {
  const blob = useLiveQuery(async () => (await db.blobs.get(sha256))?.blob ?? null, null, [sha256]);
  if (!blob) return <li>{t('checklist.scanNotHere', { index })}</li>;
  return (
    <li>
      {t('checklist.scanItem', { index, size: formatBytes(blob.size) })}{' '}
      <button
        type="button"
        class="no-print"
        onClick={() => window.open(URL.createObjectURL(blob), '_blank', 'noopener')}
      >
        {t('checklist.scanOpen')}
      </button>
    </li>
  );
}

/** Scans and photos of one step, each with its size; a new one is kept here before upload. */
export function StepScans({ stepKey, title, scans, onAttached }: Props) {
  const [message, setMessage] = useState('');
  async function attach(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const kept = await keepScan(file);
      if (!(await onAttached(kept.sha256))) return;
      setMessage(kept.sent ? t('checklist.scanUploaded') : t('checklist.scanKept'));
    } catch (error) {
      setMessage(t('checklist.scanFailed', { reason: String(error) }));
    }
    input.value = '';
  }
  return (
    <div class="step-scans">
      {scans.length > 0 && (
        <ul aria-label={t('checklist.scans')}>
          {scans.map((sha256, index) => (
            <ScanLink key={sha256} sha256={sha256} index={index + 1} />
          ))}
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
