import { PRIVACY_NOTICE } from '../../../shared/domain/privacy-notice.ts';

/** How the person's data are kept, reported and deleted: folded, beside the consent and in Settings. */
export function PrivacyNotice({ open = false }: { open?: boolean }) {
  return (
    <details class="privacy-notice" lang="ru" open={open} data-testid="privacy-notice">
      <summary>{PRIVACY_NOTICE.title}</summary>
      {PRIVACY_NOTICE.paragraphs.map((paragraph, n) => (
        <p key={n}>{paragraph}</p>
      ))}
    </details>
  );
}
