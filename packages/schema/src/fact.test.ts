import { describe, expect, it } from "vitest";
import { Fact } from "./fact.ts";
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
