import type { Attachment } from '../../../shared/model/materials.ts';
import { storedHashes } from '../../blobs/offline-files.ts';
import { t } from '../../i18n/language.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { AttachmentItem } from './attachment-item.tsx';

/** The files of a material, each marked saved on this computer or not. */
export function AttachmentList({ attachments }: { attachments: readonly Attachment[] }) {
  const stored = useLiveQuery(() => storedHashes(), new Set<string>());
  if (attachments.length === 0) return null;
  return (
    <section class="material-attachments" aria-labelledby="material-files-title">
      <h2 id="material-files-title">{t('materials.files')}</h2>
      <ul>
        {attachments.map((attachment) => (
          <AttachmentItem
            key={attachment.sha256}
            attachment={attachment}
            saved={stored.has(attachment.sha256)}
          />
        ))}
      </ul>
    </section>
  );
}
