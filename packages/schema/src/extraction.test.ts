import { describe, expect, it } from "vitest";
import { ExtractedFilm, ExtractionResult } from "./extraction.ts";
import { articleIdFor, contentHash } from "./ids.ts";
import { makeExtractedFilm, seedFilms } from "./testing/index.ts";

const text = "The film Sample Film was directed by Jane Director.";
const article = {
  id: articleIdFor(text),
  format: "text" as const,
  headline: null,
  publishedAt: null,
  contentHash: contentHash(text),
  byteLength: text.length,
  text,
};
const directorFact = (start: number, end: number) => ({
  predicate: "director" as const,
  value: "Jane Director",
  filmId: "sample-film",
  evidence: [{ articleId: article.id, start, end, quote: "Jane Director", sentence: 0 }],
  confidence: 0.9,
  extractorVersion: "test",
});

describe("ExtractedFilm", () => {
  it("holds the seed article's facts", () => {
    for (const film of seedFilms) expect(ExtractedFilm.parse(film)).toEqual(film);
    expect(seedFilms[0]?.cast).toHaveLength(17);
  });

  it("rejects a release region that is not an ISO code, naming the path", () => {
    const film = makeExtractedFilm({
      releases: [{ date: "2022", region: "United States" as never, medium: null, platform: null }],
    });
    expect(ExtractedFilm.safeParse(film).error?.issues[0]?.path).toEqual(["releases", 0, "region"]);
  });
});

describe("ExtractionResult", () => {
  const start = text.indexOf("Jane Director");
  const base = {
    extractorVersion: "test",
    article,
    films: [makeExtractedFilm({ directors: ["Jane Director"] })],
    warnings: [],
  };

  it("accepts facts whose quotes are the text between their offsets", () => {
    expect(ExtractionResult.safeParse({ ...base, facts: [directorFact(start, start + 13)] }).success).toBe(
      true,
    );
  });

  it("rejects a quote that does not match its offsets", () => {
    const result = ExtractionResult.safeParse({ ...base, facts: [directorFact(start + 1, start + 14)] });
    expect(result.error?.issues[0]?.path).toEqual(["facts", 0, "evidence", 0]);
  });

  it("rejects a fact about a film the result does not contain", () => {
    const fact = { ...directorFact(start, start + 13), filmId: "other-film" };
    expect(ExtractionResult.safeParse({ ...base, facts: [fact] }).error?.issues[0]?.path).toEqual([
      "facts",
      0,
      "filmId",
    ]);
  });
});
