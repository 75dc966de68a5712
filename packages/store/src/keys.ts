import { createHash } from "node:crypto";
import { normaliseName } from "@filmkb/schema";

/**
 * Every key of the table, built in one place. Keys carry their entity's name so item types
 * never collide; see ARCHITECTURE.md for the access pattern each one serves.
 */
export interface Key {
  pk: string;
  sk: string;
}

/** One string per key, for sets and maps of keys (a NUL cannot occur inside either part). */
export const keyString = (k: { pk?: unknown; sk?: unknown }) => `${k.pk}\u0000${k.sk}`;

export const hash = (value: string, length = 16) =>
  createHash("sha256").update(value).digest("hex").slice(0, length);

export const keys = {
  article: (articleId: string): Key => ({ pk: `ARTICLE#${articleId}`, sk: "ARTICLE" }),
  rawChunk: (articleId: string, n: number): Key => ({
    pk: `ARTICLE#${articleId}`,
    sk: `TEXT#${String(n).padStart(3, "0")}`,
  }),
  /** One item per route an article arrived by: concurrent uploads each add theirs, none is lost. */
  /** The text every evidence offset points into, as the extractor normalised it; sorts after the raw text. */
  normalisedChunk: (articleId: string, n: number): Key => ({
    pk: `ARTICLE#${articleId}`,
    sk: `TEXT.NORMALISED#${String(n).padStart(3, "0")}`,
  }),
  source: (articleId: string, sourceKey: string): Key => ({
    pk: `ARTICLE#${articleId}`,
    sk: `SOURCE#${hash(sourceKey)}`,
  }),
  view: (filmId: string): Key => ({ pk: `FILM#${filmId}`, sk: "VIEW" }),
  fact: (filmId: string, predicate: string, valueKey: string, articleId: string): Key => ({
    pk: `FILM#${filmId}`,
    sk: `FACT#${predicate}#${hash(valueKey)}#${articleId}`,
  }),
  mention: (filmId: string, reportedAt: string, articleId: string): Key => ({
    pk: `FILM#${filmId}`,
    sk: `ARTICLE#${reportedAt}#${articleId}`,
  }),
  /** Film `from` was folded into film `into`, and why. */
  merge: (into: string, from: string): Key => ({ pk: `FILM#${into}`, sk: `MERGED#${from}` }),
  calendar: (filmId: string, region: string | null, medium: string | null): Key => ({
    pk: `FILM#${filmId}`,
    sk: `CAL#${region ?? "-"}#${medium ?? "-"}`,
  }),
  alias: (name: string): Key => ({ pk: `ALIAS#${normaliseName(name)}`, sk: "FILM" }),
  /** A name in one year: tells apart two films of one title ("King Kong", 1933 and 2005). */
  aliasInYear: (name: string, year: number): Key => ({
    pk: `ALIAS#${normaliseName(name)}`,
    sk: `FILM#${year}`,
  }),
  installment: (franchise: string, n: number): Key => ({
    pk: `ALIAS#${normaliseName(franchise)}#${n}`,
    sk: "INSTALLMENT",
  }),
  /**
   * An article still pending, on the byReleaseDate index under its own partition (`PENDING`),
   * sorted by when it went pending: the sweeper finds those pending too long with one Query.
   */
  pendingIndex: (articleId: string, since: string) => ({
    gsi3pk: "PENDING",
    gsi3sk: `${since}#${articleId}`,
  }),
  person: (personId: string): Key => ({ pk: `PERSON#${personId}`, sk: "PERSON" }),
  credit: (personId: string, filmId: string, role: string, character: string | null): Key => ({
    pk: `PERSON#${personId}`,
    sk: `CREDIT#${filmId}#${role}#${character ? hash(normaliseName(character), 8) : "-"}`,
  }),
};

/** A name as search compares it: normalised, without a leading article ("The Long Night" → "long night"). */
export const searchForm = (name: string) => normaliseName(name).replace(/^(?:the|a|an) (?=\S)/, "");

/** The partition and sort key of the name-prefix index for a searchable name. */
export function searchKeys(
  kind: "FILM" | "PERSON",
  name: string,
  id: string,
): { gsi1pk: string; gsi1sk: string } {
  const norm = searchForm(name);
  return { gsi1pk: `SEARCH#${kind}#${norm.slice(0, 1) || "_"}`, gsi1sk: `${norm}#${id}` };
}

/** Prefixes of the sort keys an article's text chunks carry (raw as received; normalised). */
export const TEXT_PREFIX = { raw: "TEXT#", normalised: "TEXT.NORMALISED#" } as const;

/** Index attributes of the "newest first" lists: films by last update, articles by arrival. */
export const recencyKeys = {
  film: (updatedAt: string, filmId: string) => ({ gsi4pk: "RECENT#FILM", gsi4sk: `${updatedAt}#${filmId}` }),
  article: (receivedAt: string, articleId: string) => ({
    gsi4pk: "RECENT#ARTICLE",
    gsi4sk: `${receivedAt}#${articleId}`,
  }),
};

/** Index attributes that list articles of one status, newest first. */
export const statusKeys = (state: string, receivedAt: string, articleId: string) => ({
  gsi5pk: `STATUS#${state}`,
  gsi5sk: `${receivedAt}#${articleId}`,
});
