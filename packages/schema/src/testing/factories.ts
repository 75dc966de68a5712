import type { Article } from "../article.ts";
import type { Evidence } from "../evidence.ts";
import type { ExtractedFilm } from "../extraction.ts";
import type { Fact } from "../fact.ts";

export const SAMPLE_ARTICLE_ID = "0123456789abcdef0123456789abcdef";

export function makeEvidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    articleId: SAMPLE_ARTICLE_ID,
    start: 0,
    end: 12,
    quote: "A quote here",
    sentence: 0,
    rule: "director.directed-by",
    ...overrides,
  };
}

/** A valid director fact; override any field, including the predicate and value together. */
export function makeFact(overrides: Partial<Fact> = {}): Fact {
  return {
    predicate: "director",
    value: "Jane Director",
    filmId: "sample-film",
    evidence: [makeEvidence()],
    confidence: 0.9,
    extractorVersion: "test",
    ...overrides,
  } as Fact;
}

export function makeExtractedFilm(overrides: Partial<ExtractedFilm> = {}): ExtractedFilm {
  return {
    id: "sample-film",
    title: "Sample Film",
    aliases: [],
    year: null,
    franchise: null,
    installment: null,
    directors: [],
    writers: [],
    producers: [],
    cast: [],
    companies: [],
    releases: [],
    filmingLocations: [],
    genres: [],
    productionNotes: [],
    relatedFilms: [],
    ...overrides,
  };
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: SAMPLE_ARTICLE_ID,
    sources: [{ kind: "s3", bucket: "articles-bucket", key: "incoming/sample.txt" }],
    format: "text",
    headline: null,
    publishedAt: null,
    receivedAt: "2026-01-01T00:00:00.000Z",
    contentHash: "0".repeat(64),
    byteLength: 100,
    status: { state: "pending" },
    extractorVersion: null,
    ...overrides,
  };
}
