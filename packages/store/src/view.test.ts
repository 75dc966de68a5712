import { type Fact, normaliseName } from "@filmkb/schema";
import { makeEvidence, makeFact } from "@filmkb/schema/testing";
import { describe, expect, it } from "vitest";
import { computeFilmView, type StoredFact, viewKey } from "./view.ts";

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

  it("never makes a date the article calls superseded current (brought forward from July), but keeps it in the history", () => {
    const moved = {
      predicate: "release",
      value: { date: "2026-07-03", region: "GB", medium: "theatrical", platform: null, superseded: true },
    } as Partial<Fact>;
    const film = computeFilmView(
      "night-ferry",
      [
        stored(release("2026-05-01", "GB", "theatrical"), A, "2026-01-15T00:00:00Z"),
        stored(moved, A, "2026-01-15T00:00:00Z"),
      ],
      { version: 0, mergedFrom: [] },
      "2026-02-01T00:00:00Z",
    );
    expect(film.releases.current.map((r) => r.date)).toEqual(["2026-05-01"]);
    expect(film.releases.history.map((r) => [r.date, r.superseded ?? false])).toEqual([
      ["2026-05-01", false],
      ["2026-07-03", true],
    ]);
  });
});

describe("viewKey", () => {
  it("groups a film's facts exactly as its merged view does", async () => {
    const { extract } = await import("@filmkb/extract");
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(new URL("../../../examples/the-long-night-2.txt", import.meta.url), "utf8");
    const result = extract({ format: "text", text });
    const filmId = "the-long-night-2";
    const facts = result.facts
      .filter((f) => f.filmId === filmId)
      .map((fact) => ({ fact, articleId: fact.evidence[0]?.articleId ?? "", reportedAt: "2026-03-02" }));
    const film = computeFilmView(filmId, facts, { version: 0, mergedFrom: [] }, "2026-03-02T00:00:00Z");
    const count = (predicate: string, key: string) =>
      facts.filter((f) => f.fact.predicate === predicate && viewKey(f.fact) === key).length;
    const entries: [string, string, number][] = [
      ...film.directors.map((d): [string, string, number] => ["director", d.value.id, d.factCount]),
      ...film.cast.map((c): [string, string, number] => ["cast", c.value.person.id, c.factCount]),
      ...film.companies.map((c): [string, string, number] => [
        "company",
        `${c.value.id}|${c.value.role}`,
        c.factCount,
      ]),
      ...film.filmingLocations.map((l): [string, string, number] => [
        "filmingLocation",
        normaliseName(l.value.name),
        l.factCount,
      ]),
    ];
    expect(entries.length).toBeGreaterThan(4);
    for (const [predicate, key, factCount] of entries) expect(count(predicate, key), key).toBe(factCount);
  });
});
