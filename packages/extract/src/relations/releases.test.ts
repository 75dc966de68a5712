import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Draft } from "../facts/facts.ts";
import type { Film } from "../films/films.ts";
import { withoutVaguerReleases } from "./releases.ts";

const FILMS = [{ title: "Night Ferry" }, { title: "Salt Road" }] as Film[];

type Release = Extract<Draft["statement"], { predicate: "release" }>["value"];
const isRelease = (d: Draft): d is Draft & { statement: { predicate: "release"; value: Release } } =>
  d.statement.predicate === "release";

/** The rule as it reads: a release goes when another of its film, medium and standing refines it. */
function comparingEveryPair(drafts: readonly Draft[]): Draft[] {
  const refines = (x: Release, y: Release) =>
    y.date.startsWith(x.date) &&
    (x.region === null || x.region === y.region) &&
    (x.platform === null || x.platform === y.platform) &&
    (y.date.length > x.date.length ||
      (x.region === null && y.region !== null) ||
      (x.platform === null && y.platform !== null));
  return drafts.filter(
    (d) =>
      !isRelease(d) ||
      !drafts.some(
        (o) =>
          o !== d &&
          isRelease(o) &&
          o.film === d.film &&
          o.statement.value.medium === d.statement.value.medium &&
          !!o.statement.value.superseded === !!d.statement.value.superseded &&
          refines(d.statement.value, o.statement.value),
      ),
  );
}

const draft = fc
  .record({
    film: fc.constantFrom(...FILMS),
    date: fc.constantFrom("2027", "2027-03", "2027-03-05", "2027-03-06", "2027-04", "2028", "2028-01-01"),
    region: fc.constantFrom(null, "GB", "US"),
    platform: fc.constantFrom(null, "Netflix", "Disney+"),
    medium: fc.constantFrom("theatrical" as const, "streaming" as const),
    superseded: fc.boolean(),
    company: fc.boolean(),
  })
  .map(
    ({ film, date, region, platform, medium, superseded, company }): Draft => ({
      film,
      sentence: 0,
      rule: "release.test",
      confidence: 0.8,
      statement: company
        ? { predicate: "company", value: { name: "Harbour Pictures", role: "distributor" } }
        : {
            predicate: "release",
            value: { date, region, medium, platform, ...(superseded ? { superseded } : {}) },
          },
    }),
  );

describe("withoutVaguerReleases", () => {
  it("drops exactly the releases another release refines", () => {
    fc.assert(
      fc.property(fc.array(draft, { maxLength: 30 }), (drafts) => {
        expect(withoutVaguerReleases(drafts)).toEqual(comparingEveryPair(drafts));
      }),
      { numRuns: 2000 },
    );
  });
});
