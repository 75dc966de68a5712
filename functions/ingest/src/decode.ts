import type { ArticleFormat } from "@filmkb/schema";

/** Bytes that are not an article we can read: permanent, so never retried. */
export class UnreadableArticleError extends Error {
  override name = "UnreadableArticleError";
}

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** UTF-8, with or without a byte-order mark; invalid bytes are an error, not replacement characters. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new UnreadableArticleError("the article is not valid UTF-8");
  }
}

const MEDIA_TYPES: Record<string, ArticleFormat> = {
  "text/plain": "text",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
};
const EXTENSIONS: Record<string, ArticleFormat> = {
  txt: "text",
  text: "text",
  html: "html",
  htm: "html",
  md: "markdown",
  markdown: "markdown",
};

export const EXTENSION_OF: Record<ArticleFormat, string> = { text: "txt", html: "html", markdown: "md" };

/** The media type without parameters, lower case; null when absent. */
export function mediaType(contentType: string | undefined | null): string | null {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  return type || null;
}

/** A charset other than UTF-8 is refused rather than misread. */
export function charsetIsUtf8(contentType: string | undefined | null): boolean {
  const charset = /;\s*charset=("?)([^";]+)\1/i.exec(contentType ?? "")?.[2]?.toLowerCase();
  return !charset || charset === "utf-8" || charset === "utf8" || charset === "us-ascii";
}

export function formatOfMediaType(contentType: string | undefined | null): ArticleFormat | null {
  const type = mediaType(contentType);
  return type ? (MEDIA_TYPES[type] ?? null) : null;
}

/** The format an object's metadata, media type or key extension says, in that order. */
export function formatOf(
  key: string,
  contentType: string | undefined,
  declared: string | undefined,
): ArticleFormat {
  if (declared === "text" || declared === "html" || declared === "markdown") return declared;
  const byType = formatOfMediaType(contentType);
  if (byType && mediaType(contentType) !== "text/plain") return byType;
  const ext = /\.([a-z0-9]+)$/i.exec(key)?.[1]?.toLowerCase();
  return (ext && EXTENSIONS[ext]) || byType || "text";
}
