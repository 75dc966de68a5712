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

  it("goes by the new title once an article says the old one was given up", () => {
    const renamed = (rule: string) => ({
      predicate: "alias",
      value: "Night Ferry 2",
      evidence: [makeEvidence({ articleId: B, rule })],
    });
    const view = (rule: string) =>
      computeFilmView(
        "night-ferry-2",
        [
          stored({ predicate: "title", value: "Night Ferry 2" }),
          stored({ predicate: "title", value: "Night Ferry 2" }, "c".repeat(32)),
          stored({ predicate: "title", value: "Night Ferry: Undertow" }, B),
          stored(renamed(rule) as Partial<Fact>, B),
        ],
        { version: 0, mergedFrom: [] },
        "2026-01-02T00:00:00Z",
      );
    expect(view("rename.now-titled").title).toBe("Night Ferry: Undertow");
    expect(view("rename.now-titled").aliases.map((a) => a.value)).toEqual(["Night Ferry 2"]);
    // An alias read by any other rule is another name, not a former one: the most used title stands.
    expect(view("alias.numbered-short-title").title).toBe("Night Ferry 2");
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

describe("the release history", () => {
  const C = "c".repeat(32);
  const view = (facts: StoredFact[]) =>
    computeFilmView("night-ferry", facts, { version: 0, mergedFrom: [] }, "2026-06-01T00:00:00Z").releases;

  it("names, for each report, its article and the later report that superseded it", () => {
    const { current, history } = view([
      stored(release("2026-03-06", "GB", "theatrical"), A, "2026-01-10"),
      stored(release("2026-03-06", "GB", "theatrical"), B, "2026-02-01"),
      stored(release("2026-05-01", "GB", "theatrical"), C, "2026-03-20"),
      stored(release("2026-04", "US", "theatrical"), B, "2026-02-01"),
    ]);
    expect(history.map((r) => [r.date, r.region, r.articleId, r.supersededBy?.articleId ?? null])).toEqual([
      ["2026-03-06", "GB", A, C],
      ["2026-03-06", "GB", B, C],
      ["2026-04", "US", B, null],
      ["2026-05-01", "GB", C, null],
    ]);
    expect(history[0]?.supersededBy).toEqual({
      articleId: C,
      date: "2026-05-01",
      reportedAt: "2026-03-20",
      receivedAt: "2026-03-20",
    });
    expect(current.map((r) => [r.date, r.region, r.supersededBy])).toEqual([
      ["2026-04", "US", null],
      ["2026-05-01", "GB", null],
    ]);
  });

  it("names an article's own new date as what superseded the date it says was moved", () => {
    const movedFrom = {
      predicate: "release",
      value: { date: "2026-07-03", region: "GB", medium: "theatrical", platform: null, superseded: true },
    } as Partial<Fact>;
    const { history } = view([
      stored(release("2026-07-03", "GB", "theatrical"), A, "2026-01-02"),
      stored(movedFrom, B, "2026-01-15"),
      stored(release("2026-05-01", "GB", "theatrical"), B, "2026-01-15"),
    ]);
    expect(history.map((r) => [r.date, r.articleId, r.supersededBy?.date ?? null])).toEqual([
      ["2026-07-03", A, "2026-05-01"],
      ["2026-05-01", B, null],
      ["2026-07-03", B, "2026-05-01"],
    ]);
  });

  it("says a report's publication date is unknown instead of passing off the received time", () => {
    const undated: StoredFact = {
      ...stored(release("2026-07-01", "GB", "theatrical"), B, "2026-04-02T09:30:00.000Z"),
      publishedAt: null,
      receivedAt: "2026-04-02T09:30:00.000Z",
    };
    const { current, history } = view([
      { ...stored(release("2026-05-01", "GB", "theatrical"), A, "2026-03-20"), publishedAt: "2026-03-20" },
      undated,
    ]);
    expect(history.map((r) => [r.reportedAt, r.receivedAt])).toEqual([
      ["2026-03-20", "2026-03-20"],
      [null, "2026-04-02T09:30:00.000Z"],
    ]);
    // Ordered by when it was received, it is the later report: current, and the first one's successor.
    expect(current.map((r) => r.date)).toEqual(["2026-07-01"]);
    expect(history[0]?.supersededBy).toMatchObject({ articleId: B, reportedAt: null });
  });

  it("orders reports by instant, whatever the offset they were written with", () => {
    const { current } = view([
      stored(release("2026-05-01", "GB", "theatrical"), A, "2026-03-20T23:30:00-05:00"),
      stored(release("2026-06-01", "GB", "theatrical"), B, "2026-03-21T01:00:00Z"),
    ]);
    // 23:30 at UTC-5 is 04:30 UTC on the 21st: the later report, though it sorts first as text.
    expect(current.map((r) => r.articleId)).toEqual([A]);
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
