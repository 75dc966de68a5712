import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Token } from "../document/document.ts";
import type { Name } from "../names/names.ts";
import { WORD_CLASSES } from "./classes.ts";
import { compilePattern, matchAt, SentenceUnits } from "./pattern.ts";
import { type Rule, type RuleMatch, RuleTable } from "./rule.ts";
import type { Unit, UnitType } from "./units.ts";

type UnitSpec =
  | { word: string }
  | { name: string; type: UnitType; initialWord: boolean; possessive: boolean };

function sentenceOf(specs: readonly UnitSpec[]): SentenceUnits {
  let at = 0;
  const units = specs.map((spec, i): Unit => {
    const text = "word" in spec ? spec.word : spec.name;
    const start = at;
    at += text.length + 1;
    const token: Token = {
      text,
      start,
      end: start + text.length,
      upper: /^\p{Lu}/u.test(text),
      word: /^[\p{L}\p{N}]/u.test(text),
      lower: text.toLowerCase(),
    };
    if ("word" in spec) return { kind: "word", token, lower: token.lower };
    const name = {
      text,
      start,
      end: token.end,
      words: text.split(" "),
      possessive: spec.possessive,
      initialWord: spec.initialWord,
    } as Name;
    return { kind: "name", type: spec.type, name, first: i, last: i + 1 };
  });
  const sentence = { index: 0, paragraph: 0, start: 0, end: at, text: "", tokens: [], titleCase: false };
  return new SentenceUnits(sentence, units, WORD_CLASSES);
}

const rule = (id: string, pattern: string): Rule<null> => ({
  id,
  pattern,
  emit: null,
  confidence: 1,
  examples: [],
  counterExamples: [],
});

/** What a table must find: every rule tried at every unit, leftmost matches first, none overlapping. */
function everyRuleEverywhere(rules: readonly Rule<null>[], s: SentenceUnits): RuleMatch<null>[] {
  const found: RuleMatch<null>[] = [];
  for (const r of rules) {
    const pattern = compilePattern(r.pattern, WORD_CLASSES);
    let from = 0;
    for (let i = 0; i < s.units.length; i++) {
      if (i < from) continue;
      const match = matchAt(pattern, s, i);
      if (!match) continue;
      found.push({ rule: r, match });
      from = match.end;
    }
  }
  return found;
}

describe("compilePattern", () => {
  it("refuses a pattern that needs no unit, which would match nothing", () => {
    expect(() => compilePattern("the? ~2", WORD_CLASSES)).toThrow(/not optional/);
    expect(() => compilePattern("the? film", WORD_CLASSES)).not.toThrow();
  });
});

describe("RuleTable", () => {
  it("reads a word that only a sentence's opening name supplies ('Filming took place in …')", () => {
    const table = new RuleTable([rule("filming", "filming took place in <PLACE>")]);
    const s = sentenceOf([
      { name: "Filming", type: "NAME", initialWord: true, possessive: false },
      { word: "took" },
      { word: "place" },
      { word: "in" },
      { name: "Ardnamurchan", type: "PLACE", initialWord: false, possessive: false },
    ]);
    expect(table.run(s).map((m) => [m.rule.id, m.match.start, m.match.end])).toEqual([["filming", 0, 5]]);
  });

  it("reads a shape, a name type and an optional word the sentence lacks", () => {
    const table = new RuleTable([rule("year", "year=#year film? ' s title=<NAME>")]);
    const s = sentenceOf([
      { word: "1995" },
      { word: "'" },
      { word: "s" },
      { name: "Quiet Shore", type: "NAME", initialWord: false, possessive: false },
    ]);
    const [found] = table.run(s);
    expect(found?.match.captures.title?.[0]?.kind).toBe("name");
  });

  // The table tries a rule only where the sentence holds a unit for each element the rule
  // needs: that must never hide a match that trying every rule at every unit finds.
  it("finds exactly what trying every rule at every unit finds", () => {
    const word = fc.constantFrom(
      "starring",
      "stars",
      "director",
      "film",
      "films",
      "the",
      "and",
      ",",
      "as",
      "in",
      "by",
      "1995",
      "$",
      "12",
      "'",
      "s",
      ".",
    );
    const unit: fc.Arbitrary<UnitSpec> = fc.oneof(
      word.map((w) => ({ word: w })),
      fc.record({
        name: fc.constantFrom("Ann Lee", "Starring", "Director", "Filming", "Quiet Shore"),
        type: fc.constantFrom<UnitType>("PERSON", "PNAME", "FILM", "NAME", "NAT", "PLACE"),
        initialWord: fc.boolean(),
        possessive: fc.boolean(),
      }),
    );
    const opening = fc.constantFrom(
      "starring",
      "stars|starring",
      "@role",
      "@filmNoun+",
      "who=<PERSON+>",
      "<FILM|NAME>",
      "<PERSON's>",
      "#year",
      "#money",
      "the?",
      "director?",
      "<PNAME>?",
    );
    const element = fc.oneof(opening, fc.constantFrom("~2", "*3", "^2", "as", "and", ",", "in", "s", "'"));
    const optional = (e: string) => e.endsWith("?");
    const skip = (e: string) => /^[~*^]/.test(e);
    const pattern = fc.tuple(opening, fc.array(element, { maxLength: 4 })).map(([first, rest]) => {
      const items = [first, ...rest];
      // A pattern needs a unit somewhere (compilePattern says so), and a match opens on a unit
      // of its leading elements: a skip among them would only shift where the table looks.
      const firstNeeded = items.findIndex((e) => !optional(e) && !skip(e));
      if (firstNeeded < 0) return [...items.filter((e) => !skip(e)), "and"].join(" ");
      return items.filter((e, i) => i > firstNeeded || !skip(e)).join(" ");
    });
    fc.assert(
      fc.property(
        fc.array(pattern, { minLength: 1, maxLength: 6 }),
        fc.array(unit, { maxLength: 14 }),
        (patterns, specs) => {
          const rules = patterns.map((p, i) => rule(`r${i}`, p));
          const s = sentenceOf(specs);
          const expected = everyRuleEverywhere(rules, s);
          expect(new RuleTable(rules).run(s)).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
