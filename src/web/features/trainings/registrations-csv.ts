/**
 * CSV that Excel on a Russian Windows opens as it is: UTF-8 with a BOM, `;` between cells
 * (the list separator of the ru-RU locale), CRLF line ends, every cell quoted.
 */
export function toExcelCsv(rows: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number) => `"${String(value).replace(/"/g, '""')}"`;
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
