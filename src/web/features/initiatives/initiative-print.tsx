import type { Initiative } from '../../../shared/model/initiatives.ts';
import { t } from '../../i18n/language.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { applicantName } from './applicant-name.ts';
import { applicationContent, type ContentTable } from './application-content.ts';
import { DocxButton } from './docx-button.tsx';
import { useInitiative } from './use-initiative.ts';
import './initiatives.css';

function PrintTable({ table, caption }: { table: ContentTable; caption: string }) {
  if (table.rows.length === 0) return <p>({t('initiatives.notFilled')})</p>;
  return (
    <table class="print-table">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {table.headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {row.map((text, j) => (
              <td key={j}>{text}</td>
            ))}
          </tr>
        ))}
      </tbody>
      {table.totals.length > 0 && (
        <tfoot>
          {table.totals.map((row, i) => (
            <tr key={i}>
              {row.map((text, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {text}
                  </th>
                ) : (
                  <td key={j}>{text}</td>
                ),
              )}
            </tr>
          ))}
        </tfoot>
      )}
    </table>
  );
}

function Application({ initiative }: { initiative: Initiative }) {
  const applicant = useLiveQuery(() => applicantName(initiative), '', [initiative]);
  return (
    <>
      {applicationContent(initiative, applicant).map((block) => (
        <section key={block.heading} class="print-section">
          <h2>{block.heading}</h2>
          {block.paragraphs.map((text, i) => (
            <p key={i}>{text}</p>
          ))}
          {block.paragraphs.length === 0 && !block.table && <p>({t('initiatives.notFilled')})</p>}
          {block.table && <PrintTable table={block.table} caption={block.heading} />}
        </section>
      ))}
    </>
  );
}

/** The whole application on A4: headings, tables, budget totals; printed from the browser. */
export default function InitiativePrint({ id }: { id: string }) {
  const initiative = useInitiative(id);
  if (initiative === undefined) return <p>{t('initiatives.loading')}</p>;
  if (initiative === null) return <p>{t('initiatives.notFound')}</p>;
  return (
    <article class="initiative initiative-print">
      <p class="initiative-links no-print">
        <a href={`/initiatives/${id}`}>{t('initiatives.backToEditor')}</a>
        <button type="button" onClick={() => window.print()}>
          {t('initiatives.printNow')}
        </button>
        <DocxButton initiative={initiative} />
      </p>
      <p class="print-kicker">{t('initiatives.applicationOf')}</p>
      <h1>{initiative.title}</h1>
      <Application initiative={initiative} />
    </article>
  );
}
