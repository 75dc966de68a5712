import { createHash } from "node:crypto";
import * as z from "zod";
import { lazily } from "./lazy.ts";

/**
 * The form every name is compared in: accents folded, case folded, "&" read as "and",
 * apostrophes dropped, punctuation collapsed to single spaces. "Mission: Impossible 7",
 * "MISSION IMPOSSIBLE 7" and "Mission – Impossible 7" all normalise to the same key.
 */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’‘`]/g, "")
    .replace(/\+/g, " plus ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** `text` without the characters of `chars` at its end; linear in what it removes. */
function withoutTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] ?? "")) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** A readable, URL-safe id: "Mission: Impossible 7" → "mission-impossible-7". */
export function slugify(name: string): string {
  const slug = normaliseName(name)
    .normalize("NFKD")
    .replace(/[^a-z0-9 ]+/g, "")
    .trim()
    .replace(/ +/g, "-")
    .slice(0, 96);
  const cut = withoutTrailing(slug, "-");
  // A name in a script with no Latin letters still gets a stable id.
  return cut || `x-${createHash("sha256").update(normaliseName(name)).digest("hex").slice(0, 12)}`;
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugId = (what: string) =>
  z
    .string()
    .min(1)
    .max(120)
    .regex(slugPattern, { error: `${what} id must be lowercase letters, digits and single hyphens` });

export const FilmId = lazily(() =>
  slugId("film").meta({ id: "FilmId", description: "Readable film id, e.g. `mission-impossible-7`." }),
);
export type FilmId = z.infer<typeof FilmId>;
export const PersonId = lazily(() =>
  slugId("person").meta({ id: "PersonId", description: "Readable person id, e.g. `tom-cruise`." }),
);
export type PersonId = z.infer<typeof PersonId>;
export const CompanyId = lazily(() => slugId("company").meta({ id: "CompanyId" }));
export type CompanyId = z.infer<typeof CompanyId>;

export const ArticleId = lazily(() =>
  z
    .string()
    .regex(/^[0-9a-f]{32}$/, { error: "article id must be 32 lowercase hex digits" })
    .meta({
      id: "ArticleId",
      description: "First 128 bits of the SHA-256 of the article's canonical content.",
    }),
);
export type ArticleId = z.infer<typeof ArticleId>;

/**
 * Content is canonicalised before hashing so that the same article is the same id whatever
 * the transport did to it: a BOM, CRLF line ends, Unicode composition, trailing space.
 */
export function canonicalContent(raw: string): string {
  return (
    raw
      .replace(/^\uFEFF/, "")
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      // Blanks at each line's end, line by line: a pattern ending in "$" would re-read a long run
      // of blanks from each of its characters (quadratic on 1 MiB of spaces).
      .replace(/[^\n\u2028\u2029]+/g, (line) => withoutTrailing(line, " \t"))
      .trim()
  );
}

/** What names an article's content: its id, the hash the id is cut from, and its size in UTF-8 bytes. */
export interface ArticleIdentity {
  id: ArticleId;
  contentHash: string;
  byteLength: number;
}

/**
 * An article's identity, hashed once: the SHA-256 of its canonical content, and the id is the
 * hash's first 128 bits. Bytes that are not text are hashed as they are, so that even an
 * unreadable upload has a stable id to be reported under.
 */
export function identifyArticle(content: string | Uint8Array): ArticleIdentity {
  const text = typeof content === "string";
  const hash = createHash("sha256")
    .update(text ? canonicalContent(content) : content)
    .digest("hex");
  return {
    id: hash.slice(0, 32),
    contentHash: hash,
    byteLength: text ? Buffer.byteLength(content, "utf8") : content.byteLength,
  };
}

export const contentHash = (raw: string): string => identifyArticle(raw).contentHash;
export const articleIdFor = (raw: string): ArticleId => identifyArticle(raw).id;
