import type { ArticleFormat } from "@filmkb/schema";
import type { SourceDocument } from "./document.ts";
import { readHtml } from "./html.ts";
import { readMarkdown } from "./markdown.ts";
import { readPlainText } from "./plain.ts";

export type { SourceDocument, TitleCue } from "./document.ts";

export function readDocument(format: ArticleFormat, content: string): SourceDocument {
  switch (format) {
    case "html":
      return readHtml(content);
    case "markdown":
      return readMarkdown(content);
    case "text":
      return readPlainText(content);
  }
}
