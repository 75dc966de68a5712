import { ExtractionResult } from "@filmkb/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExtractionBudgetExceeded, extract } from "../src/index.ts";
import { SHAPES } from "./shapes.ts";

// The shapes that once took super-linear time (issue 13), at sizes up to 64 KiB. Speed itself
// is measured by the benchmark (cost per KiB up to 1 MiB), never here: these assert that each
// shape ends with a valid result, and a hang fails only through the runner's hang guard.
describe.each(SHAPES)("extract on $name", (shape) => {
  it("yields a valid result at any size up to 64 KiB", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 * 1024 }), fc.nat(1000), (bytes, seed) => {
        const text = shape.make(bytes, seed);
        const result = extract({ format: shape.format, text });
        expect(ExtractionResult.safeParse(result).success).toBe(true);
      }),
      { numRuns: 4, examples: [[64 * 1024, 0]] },
    );
  });
});

describe("the time budget", () => {
  it("stops an extraction that runs past it, naming the step it stopped in", () => {
    // A clock that advances one millisecond per reading: the budget is counted in checks, so
    // the test does not depend on the machine's speed.
    let now = 0;
    const clock = () => now++;
    const text = SHAPES.find((s) => s.name === "news prose")?.make(64 * 1024) ?? "";
    expect(() => extract({ format: "text", text }, { budgetMs: 5, clock })).toThrow(ExtractionBudgetExceeded);
    now = 0;
    expect(() => extract({ format: "text", text }, { budgetMs: 5, clock })).toThrow(
      /budget of 5 ms \(stopped while/,
    );
    // With room to spare the same article extracts, and gives what an unbudgeted run gives.
    now = 0;
    expect(extract({ format: "text", text }, { budgetMs: 1_000_000, clock })).toEqual(
      extract({ format: "text", text }),
    );
  });

  it("is checked inside the long loops, not only between stages", () => {
    let now = 0;
    const checks: number[] = [];
    const clock = () => {
      checks.push(now);
      return now++;
    };
    const text = SHAPES.find((s) => s.name === "news prose")?.make(256 * 1024) ?? "";
    extract({ format: "text", text }, { budgetMs: 1_000_000, clock });
    // Thousands of sentences: the relation loops read the clock every 64 of them.
    expect(checks.length).toBeGreaterThan(50);
  });
});
