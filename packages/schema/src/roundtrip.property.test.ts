import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Article } from "./article.ts";
import { Fact } from "./fact.ts";
import { makeArticle } from "./testing/index.ts";

const name = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0);
const hex = (length: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${length}}$`));
const slug = fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,10}){0,3}$/);
const partialDate = fc
  .date({ min: new Date("1890-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
  .chain((d) => fc.constantFrom(4, 7, 10).map((n) => d.toISOString().slice(0, n)));
const region = fc.constantFrom("US", "GB", "FR", "NL", "JP");
const evidence = fc
  .record({
    articleId: hex(32),
    start: fc.nat(10_000),
    length: fc.integer({ min: 1, max: 200 }),
    sentence: fc.nat(500),
  })
  .map(({ length, ...e }) => ({ ...e, end: e.start + length, quote: "q".repeat(length) }));

const values = {
  title: name,
  alias: name,
  year: fc.integer({ min: 1870, max: 2200 }),
  franchise: name,
  installment: fc.integer({ min: 1, max: 200 }),
  director: name,
  writer: name,
  producer: name,
  genre: name,
  cast: fc.record({ name, character: fc.option(name, { nil: null }) }),
  company: fc.record({ name, role: fc.constantFrom("distributor", "studio", "production", "streamer") }),
  release: fc.record({
    date: partialDate,
    region: fc.option(region, { nil: null }),
    medium: fc.option(fc.constantFrom("theatrical", "streaming", "tv", "festival", "home"), { nil: null }),
    platform: fc.option(name, { nil: null }),
  }),
  filmingLocation: fc.record({ name, region: fc.option(region, { nil: null }) }),
  productionNote: fc.record({
    kind: fc.constantFrom("stunt", "filming", "casting", "schedule", "other"),
    text: name,
  }),
  relatedFilm: fc.record({
    relation: fc.constantFrom("sequel", "prequel", "series", "remake", "spin-off", "related"),
    title: name,
  }),
} as const;

const fact = fc.oneof(
  ...Object.entries(values).map(([predicate, value]) =>
    fc.record({
      predicate: fc.constant(predicate),
      value: value as fc.Arbitrary<unknown>,
      filmId: slug,
      evidence: fc.array(evidence, { minLength: 1, maxLength: 3 }),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      extractorVersion: fc.constantFrom("1.0.0", "2.3.4+abc"),
    }),
  ),
);

describe("JSON round trip", () => {
  it("every generated fact parses, survives JSON and re-parses to the same value", () => {
    fc.assert(
      fc.property(fact, (generated) => {
        const parsed = Fact.parse(generated);
        expect(Fact.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
      }),
      { numRuns: 500 },
    );
  });

  it("every generated article parses, survives JSON and re-parses to the same value", () => {
    const article = fc
      .record({
        id: hex(32),
        contentHash: hex(64),
        byteLength: fc.nat(),
        headline: fc.option(name, { nil: null }),
        publishedAt: fc.option(
          fc
            .date({ min: new Date("1990-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
            .map((d) => d.toISOString()),
          { nil: null },
        ),
        status: fc.oneof(
          fc.constant({ state: "pending" as const }),
          fc.constant({ state: "no-films" as const }),
          fc.record({ state: fc.constant("failed" as const), reason: name }),
          fc.record({
            state: fc.constant("ingested" as const),
            films: fc.integer({ min: 1, max: 9 }),
            facts: fc.nat(99),
          }),
        ),
      })
      .map((overrides) => makeArticle(overrides));
    fc.assert(
      fc.property(article, (generated) => {
        const parsed = Article.parse(generated);
        expect(Article.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
      }),
      { numRuns: 300 },
    );
  });
});
