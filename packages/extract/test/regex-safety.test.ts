import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { findSuperLinear, patternsIn, superLinear } from "../../../scripts/regex-safety.mjs";
import { FIXTURES, fixture } from "./fixtures.ts";

const root = join(import.meta.dirname, "..", "..", "..");

describe("the super-linear pattern check", () => {
  it("flags patterns that backtrack super-linearly, including behind a word boundary", () => {
    // The colon-title pattern: quadratic on "Aa Aa Aa …", which a single repeated character
    // (all the analysis tries) cannot show while \b guards the start.
    expect(
      superLinear(String.raw`\b(?:\p{Lu}[\p{L}']*\s)*\p{Lu}[\p{L}']*: (?:\p{Lu}[\p{L}']*\s?)+`, "gu"),
    ).not.toEqual([]);
    // The gap before a place: exponential on "& & & …".
    expect(superLinear(String.raw`^(?:\s*(?:,|and|&|the)\s*)*$`, "i")).not.toEqual([]);
    expect(superLinear(String.raw`[ \t]+$`, "gm")).not.toEqual([]);
    expect(superLinear(String.raw`^(.*?)\s+(\d{1,2})$`)).not.toEqual([]);
  });

  it("passes their linear rewrites", () => {
    expect(superLinear(String.raw`^\s*(?:(?:,|and|&|the)\s*)*$`, "i")).toEqual([]);
    expect(superLinear(String.raw`\s+`, "g")).toEqual([]);
    expect(
      superLinear(String.raw`(?:\p{Lu}[\p{L}']*\s)*\p{Lu}[\p{L}']*\s?(?:\d{1,2}|[IVX]{1,4})?`, "uy"),
    ).toEqual([]);
  });

  it("reads regex literals and RegExp calls built from constants", () => {
    const source = [
      "const NOUNS = 'film|movie';",
      "const A = /x+y/g;",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample's own template
      "const B = new RegExp(`^(?:${NOUNS})\\\\b`, 'u');",
      "const C = new RegExp(userInput);",
    ].join("\n");
    expect(patternsIn("sample.ts", source).map((p) => [p.line, p.source, p.flags])).toEqual([
      [2, "x+y", "g"],
      [3, "^(?:film|movie)\\b", "u"],
    ]);
  });

  it("finds no super-linear pattern anywhere in the project's source", () => {
    // Every .ts file under each package's src/ at the time the test runs: new files included.
    expect(findSuperLinear(root)).toEqual([]);
  });

  it("finds none among the patterns the extractor builds as it runs", async () => {
    const built: { source: string; flags: string }[] = [];
    const Native = globalThis.RegExp;
    class Recorded extends Native {
      constructor(pattern: string | RegExp, flags?: string) {
        super(pattern, flags);
        // Only what the project's code builds: libraries (chrono-node) build their own.
        const caller = new Error().stack?.split("\n")[2] ?? "";
        if (caller.includes("/src/") && !caller.includes("node_modules"))
          built.push({ source: this.source, flags: this.flags });
      }
    }
    globalThis.RegExp = Recorded as RegExpConstructor;
    try {
      vi.resetModules();
      const { extract } = await import("../src/index.ts");
      for (const name of FIXTURES) extract(fixture(name));
    } finally {
      globalThis.RegExp = Native;
    }
    expect(built.length).toBeGreaterThan(0);
    const unsafe = [...new Map(built.map((p) => [`/${p.source}/${p.flags}`, p])).values()].filter(
      (p) => superLinear(p.source, p.flags).length > 0,
    );
    expect(unsafe).toEqual([]);
  });
});
