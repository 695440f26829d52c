/**
 * Markdown reduced to readable text for the index and result snippets (no renderer needed):
 * link targets, images, HTML tags, emphasis marks, table pipes and heading hashes go.
 */
export function markdownPlainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s*[-:|\s]+$/gm, '')
    .replace(/[*_`~|>]+/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
