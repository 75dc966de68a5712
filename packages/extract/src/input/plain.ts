import type { SourceDocument } from "./document.ts";

/**
 * Plain text. A short first line followed by a blank line, with no closing full stop, is the
 * headline — the shape of news-wire copy.
 */
export function readPlainText(text: string): SourceDocument {
  const firstBreak = text.indexOf("\n\n");
  const firstLine = firstBreak > 0 ? text.slice(0, firstBreak).trim() : "";
  const isHeadline =
    firstLine.length > 0 &&
    firstLine.length <= 160 &&
    !firstLine.includes("\n") &&
    !/[.:;,]$/.test(firstLine);
  return { text, titleCues: [], headline: isHeadline ? firstLine : null, publishedAt: null };
}
