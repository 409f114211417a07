import type { ComponentChild } from 'preact';

// Characters of Unicode's private use area: never in a translation, so they mark exactly where
// the browser put each substitution.
const markers = ['\uE000', '\uE001', '\uE002', '\uE003'] as const;

/**
 * A translated sentence with elements in it (a count in its own span with a test id), in the
 * translation's word order: `render` gets one marker per element to pass to t() as that
 * element's substitution, and the result is the text with each marker replaced by its element.
 */
export function MessageParts({
  render,
  parts,
}: {
  render: (...markers: string[]) => string;
  parts: readonly ComponentChild[];
}) {
  const text = render(...markers.slice(0, parts.length));
  const pattern = new RegExp(`([${markers.slice(0, parts.length).join('')}])`);
  return (
    <>
      {text
        .split(pattern)
        .map((piece) => {
          const index = markers.indexOf(piece as (typeof markers)[number]);
          return index >= 0 && index < parts.length ? parts[index] : piece;
        })
        .filter((piece) => piece !== '')}
    </>
  );
}
