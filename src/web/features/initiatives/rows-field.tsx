import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { t } from '../../i18n/language.ts';
import type { MessageKey } from '../../i18n/ru.ts';
import { mutate } from '../../store/mutate.ts';
import { useFormDraft } from '../../store/use-form-draft.ts';

export interface InputColumn {
  key: string;
  label: MessageKey;
  type: 'text' | 'number' | 'date' | 'select';
  options?: readonly { value: string; label: string }[];
}

interface Props<Row> {
  initiativeId: string;
  field: 'calendarPlan' | 'quantitativeResults' | 'budget' | 'team';
  /** Names the table (the section heading's text). */
  caption: string;
  rows: readonly Row[];
  headers: readonly MessageKey[];
  cells: (row: Row) => readonly string[];
  inputs: readonly InputColumn[];
  build: (values: Record<string, string>) => Row;
  footer?: ComponentChildren;
}

/** A table section: rows are added with the small form below it and removed one by one. */
export function RowsField<Row>(props: Props<Row>) {
  const { initiativeId, field, rows, inputs } = props;
  const blank: Record<string, string> = Object.fromEntries(
    inputs.map((column) => [column.key, '']),
  );
  // the row being typed is a small form saved by its button: kept like any form's draft
  const newRow = useFormDraft(`initiatives:${initiativeId}:${field}:new-row`, blank);
  const values = newRow.draft;
  const [failure, setFailure] = useState<string | null>(null);

  const save = async (next: readonly Row[]) => {
    const result = await mutate('initiatives', initiativeId, { [field]: next });
    setFailure(result.ok ? null : t('initiatives.notSaved', { message: result.message }));
    return result.ok;
  };
  const add = async () => {
    if (await save([...rows, props.build(values)])) newRow.reset();
  };

  return (
    <div class="initiative-field">
      {/* a wide table scrolls on a narrow screen: focusable so the keyboard can scroll it */}
      <div class="table-scroll" tabIndex={0} role="region" aria-label={props.caption}>
        <table class="rows-table">
          <caption class="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              {props.headers.map((header) => (
                <th key={header} scope="col">
                  {t(header)}
                </th>
              ))}
              <th scope="col" class="no-print">
                {t('initiatives.actions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                {props.cells(row).map((cell, column) => (
                  <td key={column}>{cell}</td>
                ))}
                <td class="no-print">
                  <button
                    type="button"
                    onClick={() => void save(rows.filter((_, i) => i !== index))}
                  >
                    {t('initiatives.removeRow', { number: index + 1 })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
          {props.footer}
        </table>
      </div>
      {rows.length === 0 && <p>{t('initiatives.noRows')}</p>}
      <form
        class="row-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        {inputs.map((column) => {
          const id = `${field}-new-${column.key}`;
          const set = (event: Event) => {
            const value = (event.currentTarget as HTMLInputElement).value;
            newRow.setDraft((current) => ({ ...current, [column.key]: value }));
          };
          return (
            <span key={column.key} class="row-form-field">
              <label for={id}>{t(column.label)}</label>
              {column.type === 'select' ? (
                <select id={id} value={values[column.key]} onChange={set}>
                  <option value="">{t('initiatives.chooseCategory')}</option>
                  {column.options?.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={id}
                  type={column.type}
                  step={column.type === 'number' ? 'any' : undefined}
                  value={values[column.key]}
                  onInput={set}
                />
              )}
            </span>
          );
        })}
        <button type="submit">{t('initiatives.addRow')}</button>
      </form>
      {failure && (
        <p role="alert" class="form-error">
          {failure}
        </p>
      )}
    </div>
  );
}
