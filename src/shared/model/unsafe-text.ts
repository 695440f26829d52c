/**
 * Characters no record may hold: NUL and a lone surrogate, which PostgreSQL's jsonb refuses
 * ("unsupported Unicode escape sequence"), and bidi controls, which make a name read backwards.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const ANY_UNSAFE = new RegExp(`\\u0000|${LONE_SURROGATE.source}|${BIDI_CONTROL.source}`, 'g');

const UNSAFE_TEXT_MESSAGES = {
  nul: 'Текст содержит недопустимый символ (NUL — часто попадает при копировании из PDF): удалите его',
  loneSurrogate:
    'Текст содержит повреждённый символ (половина эмодзи — часто остаётся после обрезки текста): удалите его или вставьте эмодзи заново',
  bidiControl:
    'Текст содержит скрытый символ смены направления письма (U+202A–U+202E, U+2066–U+2069): удалите его',
} as const;

/** Why the text cannot be kept, or undefined when it can. */
export function unsafeTextProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return UNSAFE_TEXT_MESSAGES.nul;
  if (LONE_SURROGATE.test(text)) return UNSAFE_TEXT_MESSAGES.loneSurrogate;
  if (BIDI_CONTROL.test(text)) return UNSAFE_TEXT_MESSAGES.bidiControl;
  return undefined;
}

/** The first problem in any string at any depth of the value, object keys included. */
function unsafeValueProblem(value: unknown): string | undefined {
  // a loop, not recursion: a deeply nested body must not overflow the stack
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === 'string') {
      const problem = unsafeTextProblem(item);
      if (problem) return problem;
    } else if (Array.isArray(item)) for (const inner of item as unknown[]) pending.push(inner);
    else if (typeof item === 'object' && item !== null)
      for (const [key, inner] of Object.entries(item)) {
        const problem = unsafeTextProblem(key);
        if (problem) return problem;
        pending.push(inner);
      }
  }
  return undefined;
}

/** The first top-level field of a patch holding unsafe text (its name made printable). */
export function unsafePatchField(
  patch: Record<string, unknown>,
): { field: string; message: string } | undefined {
  for (const [key, value] of Object.entries(patch)) {
    const message = unsafeTextProblem(key) ?? unsafeValueProblem(value);
    if (message) return { field: key.replace(ANY_UNSAFE, '\uFFFD'), message };
  }
  return undefined;
}
