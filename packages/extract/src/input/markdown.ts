import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import type { SourceDocument, TitleCue } from "./document.ts";
import { TextBuilder } from "./text-builder.ts";

const BLOCKS = new Set(["paragraph", "heading", "listItem", "blockquote", "tableRow", "thematicBreak"]);
const SKIPPED = new Set(["code", "html", "image", "imageReference", "definition"]);

/**
 * Markdown through mdast-util-from-markdown (CommonMark): emphasis is a title cue, the first
 * heading the headline, and block nodes become paragraphs. The tree is walked with a stack of
 * its own, so no nesting depth can overflow the call stack.
 */
export function readMarkdown(markdown: string): SourceDocument {
  const tree = fromMarkdown(boundNesting(markdown));
  const text = new TextBuilder();
  const titleCues: TitleCue[] = [];
  let headline: string | null = null;

  // Each node is entered, then its children, then it is left (with where its text started).
  const stack: { node: Nodes; start: number | null }[] = [{ node: tree, start: null }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const { node, start } = frame;
    if (start !== null) {
      if (node.type === "emphasis") {
        if (text.length > start) titleCues.push({ start, end: text.length });
        continue;
      }
      if (node.type === "heading" && headline === null) headline = text.from(start).trim() || null;
      if (BLOCKS.has(node.type) && text.length > 0 && !text.endsWith("\n\n")) text.append("\n\n");
      continue;
    }
    if (node.type === "text" || node.type === "inlineCode") {
      // A line break inside a paragraph is a space; other white space stays as it is.
      text.append(node.value.replace(/\s+/g, (space) => (space.includes("\n") ? " " : space)));
      continue;
    }
    if (node.type === "break") {
      text.append("\n");
      continue;
    }
    if (SKIPPED.has(node.type)) continue;
    stack.push({ node, start: text.length });
    if ("children" in node)
      for (let i = node.children.length - 1; i >= 0; i--)
        stack.push({ node: node.children[i] as Nodes, start: null });
  }

  return { text: text.toString().trimEnd(), titleCues, headline, publishedAt: null };
}

// mdast-util-from-markdown (micromark) takes time quadratic in the lines of a nested list
// (4,000 lines of "- - item", 35 KB: 4 s) and in the depth of nested quotes. Lists are read as
// flat lists and quotes at most MAX_QUOTES deep: every item still becomes a paragraph of its
// own, which is all the reader keeps of a list.
const MAX_QUOTES = 8;

/** Each line with at most MAX_QUOTES quote markers and one list marker, not indented. */
function boundNesting(markdown: string): string {
  const lines = markdown.split("\n");
  let changed = false;
  for (const [i, line] of lines.entries()) {
    const bounded = flatLine(line);
    if (bounded !== line) {
      lines[i] = bounded;
      changed = true;
    }
  }
  return changed ? lines.join("\n") : markdown;
}

const blankAt = (line: string, i: number) => line[i] === " " || line[i] === "\t";

function flatLine(line: string): string {
  let kept = "";
  let quotes = 0;
  let at = 0;
  for (;;) {
    let marker = at;
    while (blankAt(line, marker)) marker++;
    if (line[marker] !== ">") break;
    if (quotes < MAX_QUOTES) kept += line.slice(at, marker + 1);
    quotes++;
    at = marker + 1;
  }
  let first = at;
  while (blankAt(line, first)) first++;
  const length = markerAt(line, first);
  if (length === 0) return quotes > MAX_QUOTES ? kept + line.slice(at) : line;
  let rest = first + length;
  for (let next = rest; ; ) {
    while (blankAt(line, next)) next++;
    const more = markerAt(line, next);
    if (more === 0) break;
    rest = next + more;
    next = rest;
  }
  const indented = first - at > 1;
  if (!indented && rest === first + length && quotes <= MAX_QUOTES) return line;
  return `${kept}${quotes > 0 ? " " : ""}${line.slice(first, first + length)}${line.slice(rest)}`;
}

/** The length of a block-quote or list marker at `i` ("> ", "- ", "12. "), or 0. */
function markerAt(line: string, i: number): number {
  const c = line[i];
  const spaced = (at: number) => at === line.length || line[at] === " " || line[at] === "\t";
  if (c === ">") return 1;
  if ((c === "-" || c === "*" || c === "+") && spaced(i + 1)) return 1;
  let j = i;
  const digit = (at: number) => line.charCodeAt(at) >= 48 && line.charCodeAt(at) <= 57;
  while (j - i < 9 && digit(j)) j++;
  if (j > i && (line[j] === "." || line[j] === ")") && spaced(j + 1)) return j + 1 - i;
  return 0;
}
