import { useState } from 'preact/hooks';
import type { Initiative } from '../../../shared/model/initiatives.ts';
import { t } from '../../i18n/language.ts';
import { logError } from '../../log.ts';
import { applicantName } from './applicant-name.ts';
import { applicationContent } from './application-content.ts';

/** A file name Windows and the grant portal both accept. */
const fileName = (title: string) =>
  `${title.replace(/[\\/:*?"<>|«»]+/g, '').trim() || 'project'}.docx`;

/** The .docx download: the docx library loads only when asked (it is not in the first screen). */
export function DocxButton({ initiative }: { initiative: Initiative }) {
  const [failed, setFailed] = useState(false);
  const download = async () => {
    try {
      const { initiativeDocx } = await import('./initiative-docx.ts');
      const blocks = applicationContent(initiative, await applicantName(initiative));
      const blob = await initiativeDocx(initiative, blocks);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName(initiative.title);
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setFailed(false);
    } catch (error) {
      logError('docx export', error);
      setFailed(true);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void download()}>
        {t('initiatives.downloadDocx')}
      </button>
      {failed && (
        <span role="alert" class="form-error">
          {t('initiatives.docxFailed')}
        </span>
      )}
    </>
  );
}
