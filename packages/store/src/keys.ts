import { createHash } from "node:crypto";
import { normaliseName } from "@filmkb/schema";

/**
 * Every key of the table and of its indexes, built in one place, and the partitions and
 * sort-key prefixes that Queries look in, from the same strings. Keys carry their entity's name
 * so item types never collide; see ARCHITECTURE.md for the access pattern each one serves.
 */
export interface Key {
  pk: string;
  sk: string;
}

/** One string per key, for sets and maps of keys (a NUL cannot occur inside either part). */
export const keyString = (k: { pk?: unknown; sk?: unknown }) => `${k.pk}\u0000${k.sk}`;

export const hash = (value: string, length = 16) =>
  createHash("sha256").update(value).digest("hex").slice(0, length);

/** Sort keys begin with their item's kind; a Query of one kind asks for the prefix. */
export const SK_PREFIX = {
  fact: "FACT#",
  mention: "ARTICLE#",
  credit: "CREDIT#",
  /** An article's text chunks: raw as received, and as the extractor normalised it (sorts after). */
  rawText: "TEXT#",
  normalisedText: "TEXT.NORMALISED#",
} as const;

/** The facts of one predicate sort together: `FACT#<predicate>#…`. */
export const factPrefix = (predicate?: string) =>
  predicate ? `${SK_PREFIX.fact}${predicate}#` : SK_PREFIX.fact;

const chunk = (n: number) => String(n).padStart(3, "0");

const ARTICLE_PK = "ARTICLE#";

/** The article an article-partition key belongs to. */
export const articleIdOf = (pk: string) => pk.slice(ARTICLE_PK.length);

export const keys = {
  article: (articleId: string): Key => ({ pk: `${ARTICLE_PK}${articleId}`, sk: "ARTICLE" }),
  rawChunk: (articleId: string, n: number): Key => ({
    pk: keys.article(articleId).pk,
    sk: `${SK_PREFIX.rawText}${chunk(n)}`,
  }),
  /** The text every evidence offset points into, as the extractor normalised it. */
  normalisedChunk: (articleId: string, n: number): Key => ({
    pk: keys.article(articleId).pk,
    sk: `${SK_PREFIX.normalisedText}${chunk(n)}`,
  }),
  /** One item per route an article arrived by: concurrent uploads each add theirs, none is lost. */
  source: (articleId: string, sourceKey: string): Key => ({
    pk: keys.article(articleId).pk,
    sk: `SOURCE#${hash(sourceKey)}`,
  }),
  view: (filmId: string): Key => ({ pk: `FILM#${filmId}`, sk: "VIEW" }),
  fact: (filmId: string, predicate: string, valueKey: string, articleId: string): Key => ({
    pk: keys.view(filmId).pk,
    sk: `${factPrefix(predicate)}${hash(valueKey)}#${articleId}`,
  }),
  mention: (filmId: string, reportedAt: string, articleId: string): Key => ({
    pk: keys.view(filmId).pk,
    sk: `${SK_PREFIX.mention}${reportedAt}#${articleId}`,
  }),
  /** Film `from` was folded into film `into`, and why. */
  merge: (into: string, from: string): Key => ({ pk: keys.view(into).pk, sk: `MERGED#${from}` }),
  calendar: (filmId: string, region: string | null, medium: string | null): Key => ({
    pk: keys.view(filmId).pk,
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
  person: (personId: string): Key => ({ pk: `PERSON#${personId}`, sk: "PERSON" }),
  credit: (personId: string, filmId: string, role: string, character: string | null): Key => ({
    pk: keys.person(personId).pk,
    sk: `${SK_PREFIX.credit}${filmId}#${role}#${character ? hash(normaliseName(character), 8) : "-"}`,
  }),
};

/** A name as search compares it: normalised, without a leading article ("The Long Night" → "long night"). */
export const searchForm = (name: string) => normaliseName(name).replace(/^(?:the|a|an) (?=\S)/, "");

/** The partition of every index, by what it lists. */
export const indexPartition = {
  /** byNamePrefix: names of one kind that start with the same character as `name`. */
  search: (kind: "FILM" | "PERSON", name: string) => `SEARCH#${kind}#${searchForm(name).slice(0, 1) || "_"}`,
  /** byArticle: everything an article wrote. */
  article: (articleId: string) => keys.article(articleId).pk,
  /** byReleaseDate: the release calendar, and (for the sweeper) articles not finished yet. */
  releases: "RELEASE",
  pending: "PENDING",
  /** byRecency: films by last update, articles by arrival. */
  recentFilms: "RECENT#FILM",
  recentArticles: "RECENT#ARTICLE",
  /** byStatus: articles in one state. */
  status: (state: string) => `STATUS#${state}`,
} as const;

/** The index attributes an item carries, one builder per index entry. */
export const indexKeys = {
  /** A film's or a person's name, found by prefix. */
  search: (kind: "FILM" | "PERSON", name: string, id: string) => ({
    gsi1pk: indexPartition.search(kind, name),
    gsi1sk: `${searchForm(name)}#${id}`,
  }),
  /** What an article wrote, listed under it: the article, its sources, facts and mentions. */
  ofArticle: (articleId: string, sk: string) => ({ gsi2pk: indexPartition.article(articleId), gsi2sk: sk }),
  articleSelf: (articleId: string) => indexKeys.ofArticle(articleId, "ARTICLE"),
  articleSource: (articleId: string, source: string) => indexKeys.ofArticle(articleId, `SOURCE#${source}`),
  articleFact: (articleId: string, filmId: string, factSk: string) =>
    indexKeys.ofArticle(articleId, `FACT#${filmId}#${factSk}`),
  articleMention: (articleId: string, filmId: string) => indexKeys.ofArticle(articleId, `MENTION#${filmId}`),
  /** A film's current release in one region and medium, on the calendar. */
  release: (date: string, filmId: string, region: string | null, medium: string | null) => ({
    gsi3pk: indexPartition.releases,
    gsi3sk: `${date}#${filmId}#${region ?? "-"}#${medium ?? "-"}`,
  }),
  /** An article still pending, sorted by when it went pending: the sweeper's one Query. */
  pending: (articleId: string, since: string) => ({
    gsi3pk: indexPartition.pending,
    gsi3sk: `${since}#${articleId}`,
  }),
  recentFilm: (updatedAt: string, filmId: string) => ({
    gsi4pk: indexPartition.recentFilms,
    gsi4sk: `${updatedAt}#${filmId}`,
  }),
  recentArticle: (receivedAt: string, articleId: string) => ({
    gsi4pk: indexPartition.recentArticles,
    gsi4sk: `${receivedAt}#${articleId}`,
  }),
  status: (state: string, receivedAt: string, articleId: string) => ({
    gsi5pk: indexPartition.status(state),
    gsi5sk: `${receivedAt}#${articleId}`,
  }),
};
