import { highlightSegments } from '../../search/highlight.ts';

/** `text` with the words a search matched wrapped in <mark>: text nodes only, no HTML. */
export function Highlighted({ text, terms }: { text: string; terms: ReadonlySet<string> }) {
  return (
    <>
      {highlightSegments(text, terms).map((segment, index) =>
        segment.mark ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
