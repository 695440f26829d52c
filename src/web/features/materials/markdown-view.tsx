import { useMemo } from 'preact/hooks';
import { renderMarkdown } from './render-markdown.ts';

/** A material body, rendered from Markdown and sanitized (see render-markdown.ts). */
export function MarkdownView({ source }: { source: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // safe: renderMarkdown escapes raw HTML and DOMPurify keeps only an allow-list
  return <div class="material-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
