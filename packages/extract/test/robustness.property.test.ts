import { ExtractionResult } from "@filmkb/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";

const words = fc.constantFrom(
  "The",
  "film",
  "Mission:",
  "Impossible",
  "7",
  "starring",
  "Tom",
  "Cruise",
  "directed",
  "by",
  "and",
  ",",
  ".",
  "released",
  "on",
  "May",
  "27,",
  "2022",
  "in",
  "the",
  "United",
  "States",
  "'s",
  "\u201C",
  "\u2014",
  "\n\n",
  "as",
  "Hunt",
  "Paramount+",
  "filmed",
  "Levisham",
  "bothNight",
  "Ferry2will",
  "(",
  ")",
  "?",
  "Dr.",
  "R.",
  "&amp;",
);
const prose = fc.array(words, { maxLength: 400 }).map((w) => w.join(" "));
const tag = fc.constantFrom("p", "em", "i", "cite", "script", "nav", "aside", "h1", "div", "time", "b");
const html = fc
  .array(fc.tuple(tag, prose), { maxLength: 30 })
  .map((parts) => parts.map(([t, body]) => `<${t}>${body}</${t}>`).join(""));

const valid = (format: "text" | "html" | "markdown", text: string) => {
  const result = extract({ format, text });
  expect(ExtractionResult.safeParse(result).success).toBe(true);
};

describe("extract on arbitrary input", () => {
  it("never throws and always yields a valid result on arbitrary strings", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 2000 }),
        fc.constantFrom("text", "html", "markdown"),
        (text, format) => valid(format as "text", text),
      ),
      { numRuns: 150 },
    );
  });

  it("never throws on film-like prose and HTML built from its words", () => {
    fc.assert(
      fc.property(prose, (text) => valid("text", text)),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(html, (text) => valid("html", text)),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(prose, (text) => valid("markdown", `*${text}*\n\n# ${text}`)),
      { numRuns: 50 },
    );
  });

  it("finishes 50 KB of adversarial text without catastrophic backtracking", () => {
    const adversarial = [
      "A".repeat(50_000),
      "Aa ".repeat(16_000),
      "The film ".repeat(5_500),
      `${"Xx, ".repeat(12_000)}!`,
      "<em>".repeat(10_000),
      `${"1".repeat(25_000)}will`,
      "Mission: ".repeat(5_500),
    ];
    for (const text of adversarial) valid(text.startsWith("<") ? "html" : "text", text);
  });
});
