import { Parser } from "htmlparser2";
import type { SourceDocument, TitleCue } from "./document.ts";
import { TextBuilder } from "./text-builder.ts";

const DROPPED = new Set([
  "script",
  "style",
  "nav",
  "aside",
  "noscript",
  "template",
  "svg",
  "iframe",
  "form",
  "button",
  "footer",
]);
const TITLE_CUES = new Set(["i", "em", "cite"]);
const BLOCKS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "blockquote",
  "figure",
  "figcaption",
  "table",
  "tr",
  "td",
  "th",
  "br",
  "hr",
  "dd",
  "dt",
  "pre",
]);
// Void elements never close, so they never enter or leave a dropped subtree.
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);
// Page furniture around an article: related links, sharing, newsletters, adverts, comments.
const BOILERPLATE =
  /(?:^|[\s_-])(?:related|share|sharing|social|newsletter|promo|advert|ads?|cookie|comments?|subscribe|recommended|trending|more-stories)(?:$|[\s_-])/i;
const isBoilerplate = (attrs: Record<string, string>) =>
  BOILERPLATE.test(`${attrs.class ?? ""} ${attrs.id ?? ""}`) ||
  attrs.role === "navigation" ||
  attrs["aria-hidden"] === "true";

const PUBLISHED_META = new Set([
  "article:published_time",
  "datepublished",
  "date",
  "pubdate",
  "publishdate",
  "dc.date",
]);

/**
 * HTML through htmlparser2 (a streaming, forgiving parser): blocks become paragraphs, italics,
 * `<em>` and `<cite>` become title cues, the first `<h1>` (else `<title>`) the headline, and the
 * publication date comes from `article:published_time` or the first `<time datetime>`.
 */
export function readHtml(html: string): SourceDocument {
  const text = new TextBuilder();
  const titleCues: TitleCue[] = [];
  const openCues: number[] = [];
  let dropDepth = 0;
  let heading: string | null = null;
  let headingStart = -1;
  let pageTitle = "";
  let inPageTitle = false;
  let publishedAt: string | null = null;

  const breakBlock = () => {
    if (text.length > 0 && !text.endsWith("\n\n")) {
      text.trimBlanksAtEnd();
      text.append(text.endsWith("\n") ? "\n" : "\n\n");
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (DROPPED.has(name) || (dropDepth > 0 && !VOID.has(name)) || isBoilerplate(attrs)) dropDepth++;
        if (dropDepth > 0) return;
        if (name === "title") inPageTitle = true;
        if (name === "meta") {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? "").toLowerCase();
          if (PUBLISHED_META.has(key) && attrs.content && !publishedAt) publishedAt = attrs.content.trim();
        }
        if (name === "time" && attrs.datetime && !publishedAt) publishedAt = attrs.datetime.trim();
        if (BLOCKS.has(name)) breakBlock();
        if (name === "h1" && heading === null) headingStart = text.length;
        if (TITLE_CUES.has(name)) openCues.push(text.length);
      },
      ontext(data) {
        if (dropDepth > 0) return;
        if (inPageTitle) {
          pageTitle += data;
          return;
        }
        const chunk = data.replace(/\s+/g, " ");
        text.append(text.length === 0 || text.endsWith("\n") ? chunk.replace(/^ /, "") : chunk);
      },
      onclosetag(name) {
        if (dropDepth > 0 && !VOID.has(name)) {
          dropDepth--;
          return;
        }
        if (dropDepth > 0) return;
        if (name === "title") inPageTitle = false;
        if (TITLE_CUES.has(name)) {
          const start = openCues.pop();
          if (start !== undefined && text.length > start) titleCues.push({ start, end: text.length });
        }
        if (name === "h1" && heading === null && headingStart >= 0)
          heading = text.from(headingStart).trim() || null;
        if (BLOCKS.has(name)) breakBlock();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();

  return { text: text.toString(), titleCues, headline: heading ?? (pageTitle.trim() || null), publishedAt };
}
