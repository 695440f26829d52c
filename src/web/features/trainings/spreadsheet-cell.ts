// OWASP «CSV Injection»: a cell starting with one of these is read as a formula by Excel,
// LibreOffice Calc and Google Sheets (=HYPERLINK, =cmd|…, @SUM…)
const FORMULA_START = /^[=+\-@\t\r]/;
// digits with the usual separators, optionally after a +: nothing a formula could be made of
const PHONE = /^\+?[\d\s().-]{5,30}$/;
// what Excel would take for a number: a sum (+7 914 …) or a long integer (8,91E+10)
const READ_AS_NUMBER = /^\+|^\d+$/;

/**
 * A cell's text as a spreadsheet must show it: a leading `'` (Excel's «this is text» mark)
 * before anything that would start a formula, so the text is shown and never run.
 */
export function spreadsheetText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * A phone stays a phone: «+7 914 123-45-67» and «89140214567» get the text mark too (Excel would
 * compute the first and turn the second into 8,91E+10), «8 (914) 021-45-67» needs none.
 * Anything else in the phone column is treated as any other text.
 */
export function spreadsheetPhone(value: string): string {
  if (PHONE.test(value) && READ_AS_NUMBER.test(value)) return `'${value}`;
  return spreadsheetText(value);
}
