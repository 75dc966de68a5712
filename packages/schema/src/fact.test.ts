import { describe, expect, it } from "vitest";
import { Evidence, MAX_QUOTE } from "./evidence.ts";
import { Fact, factValueKey } from "./fact.ts";
import { makeEvidence, makeFact } from "./testing/index.ts";

describe("Fact", () => {
  it("accepts each predicate with its own value type", () => {
    const facts = [
      makeFact({ predicate: "title", value: "Sample Film" }),
      makeFact({ predicate: "year", value: 2022 }),
      makeFact({ predicate: "cast", value: { name: "Ada Actor", character: "Agent Zero" } }),
      makeFact({ predicate: "company", value: { name: "Big Studio Pictures", role: "distributor" } }),
      makeFact({
        predicate: "release",
        value: { date: "2022-05-27", region: "US", medium: "theatrical", platform: null },
      }),
      makeFact({ predicate: "filmingLocation", value: { name: "Levisham", region: "GB" } }),
      makeFact({ predicate: "productionNote", value: { kind: "stunt", text: "A train stunt." } }),
      makeFact({ predicate: "relatedFilm", value: { relation: "sequel", title: "Sample Film 2" } }),
    ];
    for (const fact of facts) expect(Fact.parse(fact)).toEqual(fact);
  });

  it("rejects a value of another predicate's type, naming the path", () => {
    const result = Fact.safeParse(makeFact({ predicate: "year", value: "2022" as unknown as number }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["value"]);
  });

  it("rejects a release date without a real day, naming the nested path", () => {
    const bad = makeFact({
      predicate: "release",
      value: { date: "2022-02-30", region: "US", medium: "theatrical", platform: null },
    });
    const result = Fact.safeParse(bad);
    expect(result.error?.issues.map((i) => i.path)).toContainEqual(["value", "date"]);
  });

  it("requires evidence and a confidence between 0 and 1", () => {
    expect(Fact.safeParse(makeFact({ evidence: [] })).error?.issues[0]?.path).toEqual(["evidence"]);
    expect(Fact.safeParse(makeFact({ confidence: 1.5 })).error?.issues[0]?.path).toEqual(["confidence"]);
  });

  it("rejects evidence whose end is not after its start", () => {
    const result = Fact.safeParse(makeFact({ evidence: [makeEvidence({ start: 5, end: 5 })] }));
    expect(result.error?.issues[0]?.path).toEqual(["evidence", 0, "end"]);
  });

  it("rejects an unknown predicate", () => {
    const result = Fact.safeParse({ ...makeFact(), predicate: "budget" });
    expect(result.error?.issues[0]?.path).toEqual(["predicate"]);
  });
});

describe("factValueKey", () => {
  it("tells values apart as the store's fact keys do: names normalised, structures field by field", () => {
    expect(factValueKey("director", "Tom Cruise")).toBe(factValueKey("director", "TOM  CRUISE"));
    expect(factValueKey("cast", { character: null, name: "Ada Actor" })).toBe(
      factValueKey("cast", { name: "Ada Actor", character: null }),
    );
    expect(factValueKey("writer", "Ada Actor")).not.toBe(factValueKey("director", "Ada Actor"));
  });

  it("keeps its format: stored fact keys are hashes of it, so a change would duplicate every fact", () => {
    expect(factValueKey("year", 2027)).toBe("year|2027");
    expect(factValueKey("release", { region: "GB", date: "2027-03", medium: null, platform: null })).toBe(
      'release|{"date":"2027-03","medium":null,"platform":null,"region":"GB"}',
    );
  });
});

describe("Evidence", () => {
  it("refuses a quote longer than MAX_QUOTE", () => {
    const quote = "x".repeat(MAX_QUOTE + 1);
    expect(() => Evidence.parse(makeEvidence({ quote, end: quote.length }))).toThrow(/600/);
    expect(Evidence.parse(makeEvidence({ quote: quote.slice(1), end: MAX_QUOTE })).quote).toHaveLength(
      MAX_QUOTE,
    );
  });
});
