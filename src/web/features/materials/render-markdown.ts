import DOMPurify from 'dompurify';
import { Marked, type Token, type Tokens } from 'marked';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Material bodies are Markdown only: raw HTML an author typed is shown as text. */
const markdown = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: (token) => escapeHtml(token.text),
  },
});

/** The body's top headings become <h2> (the page's <h1> is the title), the rest follow. */
function headingsUnderTitle(tokens: Token[]): void {
  const headings: Tokens.Heading[] = [];
  // the callbacks are synchronous: walkTokens returns no pending work here
  void markdown.walkTokens(tokens, (token) => {
    if (token.type === 'heading') headings.push(token as Tokens.Heading);
  });
  const top = Math.min(...headings.map((heading) => heading.depth));
  for (const heading of headings) heading.depth = Math.min(6, heading.depth - top + 2);
}

const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

const purifier = DOMPurify(window);
purifier.addHook('afterSanitizeAttributes', (node) => {
  // links to other sites open beside the app and get no handle on it
  if (node.tagName === 'A' && /^https?:/i.test(node.getAttribute('href') ?? '')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/**
 * Markdown → HTML that is safe to insert: marked output passed through DOMPurify with a short
 * allow-list (no script, style, iframe, form, image or event handler; links only http(s),
 * mailto, tel, in-page and same-site).
 */
export function renderMarkdown(source: string): string {
  const tokens = markdown.lexer(source);
  headingsUnderTitle(tokens);
  const html = markdown.parser(tokens);
  return purifier.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title', 'align', 'start'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#|\/(?!\/))/i,
    KEEP_CONTENT: true,
  });
}
