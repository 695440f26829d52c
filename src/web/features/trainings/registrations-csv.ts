import { spreadsheetPhone, spreadsheetText } from './spreadsheet-cell.ts';

export interface CsvOptions {
  /** Columns of phone numbers, kept as text so Excel shows them as typed. */
  phoneColumns?: readonly number[];
}

/**
 * CSV that Excel on a Russian Windows opens as it is: UTF-8 with a BOM, `;` between cells
 * (the list separator of the ru-RU locale), CRLF line ends, every cell quoted, and no cell
 * that Excel would run as a formula.
 */
export function toExcelCsv(
  rows: readonly (readonly (string | number)[])[],
  { phoneColumns = [] }: CsvOptions = {},
): string {
  const cell = (value: string | number, column: number) => {
    const text = String(value);
    const safe = phoneColumns.includes(column) ? spreadsheetPhone(text) : spreadsheetText(text);
    return `"${safe.replace(/"/g, '""')}"`;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}

/** Offers the text as a file download. */
export function downloadText(
  text: string,
  fileName: string,
  type = 'text/csv;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
