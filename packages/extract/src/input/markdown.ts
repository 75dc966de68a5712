import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import type { SourceDocument, TitleCue } from "./document.ts";

/**
 * Markdown through mdast-util-from-markdown (CommonMark): emphasis is a title cue, the first
 * heading the headline, and block nodes become paragraphs.
 */
export function readMarkdown(markdown: string): SourceDocument {
  const tree = fromMarkdown(markdown);
  let text = "";
  const titleCues: TitleCue[] = [];
  let headline: string | null = null;

  const visit = (node: Nodes): void => {
    switch (node.type) {
      case "text":
      case "inlineCode":
        text += node.value.replace(/\s*\n\s*/g, " ");
        return;
      case "break":
        text += "\n";
        return;
      case "code":
      case "html":
      case "image":
      case "imageReference":
      case "definition":
        return;
      case "emphasis": {
        const start = text.length;
        for (const child of node.children) visit(child);
        if (text.length > start) titleCues.push({ start, end: text.length });
        return;
      }
      default:
        break;
    }
    const isBlock = ["paragraph", "heading", "listItem", "blockquote", "tableRow", "thematicBreak"].includes(
      node.type,
    );
    const start = text.length;
    if ("children" in node) for (const child of node.children) visit(child as Nodes);
    if (node.type === "heading" && headline === null) headline = text.slice(start).trim() || null;
    if (isBlock && text.length > 0 && !text.endsWith("\n\n")) text += "\n\n";
  };
  visit(tree);

  return { text: text.trimEnd(), titleCues, headline, publishedAt: null };
}
