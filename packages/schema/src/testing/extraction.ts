import type { ArticleFormat } from "../article.ts";
import type { ExtractedFilm, ExtractionResult } from "../extraction.ts";
import type { Fact } from "../fact.ts";
import { articleIdFor, contentHash, slugify } from "../ids.ts";
import { makeExtractedFilm } from "./factories.ts";

/** One fact to build: the film (by title), what is said, and the words of the text that say it. */
export type FactSpec = {
  film: string;
  quote: string;
  rule?: string;
  confidence?: number;
} & Pick<Fact, "predicate" | "value">;

/**
 * An ExtractionResult written by hand, for tests that need exact facts rather than what the
 * extractor makes of a text: each fact's evidence is the first place its quote occurs in
 * `text`, and every film gets a title fact quoting its title.
 */
export function buildExtraction(
  text: string,
  specs: FactSpec[],
  options: { publishedAt?: string | null; format?: ArticleFormat; headline?: string | null } = {},
): ExtractionResult {
  const id = articleIdFor(text);
  const evidence = (quote: string, rule: string) => {
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`buildExtraction: "${quote}" is not in the text`);
    return [{ articleId: id, start, end: start + quote.length, quote, sentence: 0, rule }];
  };
  const titles = [...new Set(specs.map((s) => s.film))];
  const films: ExtractedFilm[] = titles.map((title) => makeExtractedFilm({ id: slugify(title), title }));
  const fact = (s: FactSpec): Fact =>
    ({
      predicate: s.predicate,
      value: s.value,
      filmId: slugify(s.film),
      evidence: evidence(s.quote, s.rule ?? `${s.predicate}.test`),
      confidence: s.confidence ?? 0.9,
      extractorVersion: "test",
    }) as Fact;
  const facts = [
    ...titles.map((title) =>
      fact({ film: title, predicate: "title", value: title, quote: title, rule: "title.test" }),
    ),
    ...specs.map(fact),
  ];
  return {
    extractorVersion: "test",
    article: {
      id,
      format: options.format ?? "text",
      headline: options.headline ?? null,
      publishedAt: options.publishedAt ?? null,
      contentHash: contentHash(text),
      byteLength: Buffer.byteLength(text, "utf8"),
      text,
    },
    films,
    facts,
    warnings: [],
  };
}
