import type { Fact } from "@filmkb/schema";
import { makeEvidence, makeFact } from "@filmkb/schema/testing";
import { describe, expect, it } from "vitest";
import { computeFilmView, type StoredFact } from "./view.ts";

const A = "a".repeat(32);
const B = "b".repeat(32);
const stored = (fact: Partial<Fact>, articleId = A, reportedAt = "2026-01-01T00:00:00Z"): StoredFact => ({
  fact: makeFact({ filmId: "night-ferry", evidence: [makeEvidence({ articleId })], ...fact }),
  articleId,
  reportedAt,
});
const release = (date: string, region: string | null, medium: "theatrical" | "streaming") =>
  ({ predicate: "release", value: { date, region, medium, platform: null } }) as Partial<Fact>;

describe("computeFilmView", () => {
  it("picks the best-supported title and keeps the other names as aliases", () => {
    const film = computeFilmView(
      "night-ferry",
      [
        stored({ predicate: "title", value: "Night Ferry" }),
        stored({ predicate: "title", value: "Night Ferry" }, B),
        stored({ predicate: "alias", value: "The Night Ferry" }, B),
      ],
      { version: 0, mergedFrom: [] },
      "2026-01-02T00:00:00Z",
    );
    expect(film.title).toBe("Night Ferry");
    expect(film.aliases.map((a) => [a.value, a.articleIds])).toEqual([["The Night Ferry", [B]]]);
    expect(film.version).toBe(1);
    expect(film.counts).toEqual({ facts: 3, articles: 2 });
  });

  it("merges one person's cast facts and prefers a named character", () => {
    const film = computeFilmView(
      "night-ferry",
      [
        stored({ predicate: "cast", value: { name: "Tomas Berg", character: null } }),
        stored({ predicate: "cast", value: { name: "Tomas Berg", character: "Captain Holm" } }, B),
      ],
      { version: 4, mergedFrom: [] },
      "2026-01-02T00:00:00Z",
    );
    expect(film.cast).toEqual([
      {
        value: { person: { id: "tomas-berg", name: "Tomas Berg" }, character: "Captain Holm" },
        confidence: 0.9,
        factCount: 2,
        articleIds: [A, B],
      },
    ]);
    expect(film.version).toBe(5);
  });

  it("makes the most recently reported release current per region and medium, keeping the history", () => {
    const film = computeFilmView(
      "night-ferry",
      [
        stored(release("2026-03-06", "GB", "theatrical"), A, "2025-10-01T00:00:00Z"),
        stored(release("2026-05-01", "GB", "theatrical"), B, "2026-01-15T00:00:00Z"),
        stored(release("2026-06", null, "streaming"), A, "2025-10-01T00:00:00Z"),
      ],
      { version: 0, mergedFrom: [] },
      "2026-02-01T00:00:00Z",
    );
    expect(film.releases.current.map((r) => [r.date, r.region, r.medium])).toEqual([
      ["2026-05-01", "GB", "theatrical"],
      ["2026-06", null, "streaming"],
    ]);
    expect(film.releases.history.map((r) => r.date)).toEqual(["2026-03-06", "2026-06", "2026-05-01"]);
  });
});
