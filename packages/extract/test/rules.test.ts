import { normaliseName } from "@filmkb/schema";
import { describe, expect, it } from "vitest";
import { extract } from "../src/extract.ts";
import { RENAME_RULES } from "../src/films/renames.ts";
import { TITLE_RULES } from "../src/films/title-rules.ts";
import type { Example, Rule } from "../src/patterns/rule.ts";
import { CREDIT_RULES } from "../src/relations/credit-rules.ts";
import { FILM_FACT_RULES } from "../src/relations/film-rules.ts";
import { LOCATION_RULES } from "../src/relations/location-rules.ts";
import { RELEASE_RULES } from "../src/relations/release-rules.ts";

const TABLES: [string, readonly Rule<unknown>[]][] = [
  ["titles", TITLE_RULES],
  ["credits", CREDIT_RULES],
  ["film facts", FILM_FACT_RULES],
  ["releases", RELEASE_RULES],
  ["locations", LOCATION_RULES],
  ["renames", RENAME_RULES],
];

type Result = ReturnType<typeof extract>;

/** The facts of a result as readable lines, each with the rules that stated it. */
function readable(result: Result): { line: string; rules: string[] }[] {
  const titleOf = new Map(result.films.map((f) => [f.id, f.title]));
  return result.facts.map((fact) => {
    const rules = fact.evidence.map((e) => e.rule);
    const film = titleOf.get(fact.filmId) ?? fact.filmId;
    switch (fact.predicate) {
      case "title":
        return { line: `film ${fact.value}`, rules };
      case "cast":
        return {
          line: `cast ${fact.value.name}${fact.value.character ? ` as ${fact.value.character}` : ""} @ ${film}`,
          rules,
        };
      case "director":
      case "writer":
      case "producer":
      case "year":
      case "franchise":
      case "installment":
        return { line: `${fact.predicate} ${fact.value} @ ${film}`, rules };
      case "alias":
        return { line: `alias ${fact.value} @ ${film}`, rules };
      case "company":
        return { line: `company ${fact.value.name} ${fact.value.role} @ ${film}`, rules };
      case "filmingLocation":
        return { line: `location ${fact.value.name} @ ${film}`, rules };
      case "release": {
        const { date, region, medium, platform, superseded } = fact.value;
        const parts = [superseded ? "former" : null, date, region, medium, platform].filter(Boolean);
        return { line: `release ${parts.join(" ")} @ ${film}`, rules };
      }
      default:
        return { line: `${fact.predicate} ${JSON.stringify(fact.value)} @ ${film}`, rules };
    }
  });
}

const key = (line: string) => normaliseName(line);

/** A publication date for counter-examples, so relative dates in them are read too. */
const COUNTER_EXAMPLE_PUBLISHED = "2031-03-02T09:00:00Z";

function checkExample(rule: Rule<unknown>, example: Example) {
  const result = extract({
    format: example.format ?? "text",
    text: example.text,
    publishedAt: example.publishedAt ?? null,
  });
  const lines = readable(result);
  for (const expected of example.expect) {
    if (expected.startsWith("no film ")) {
      const title = key(expected.slice("no film ".length));
      expect(
        result.films.map((f) => key(f.title)),
        `${rule.id}: "${example.text}"`,
      ).not.toContain(title);
      continue;
    }
    const found = lines.find((l) => key(l.line) === key(expected));
    expect(
      found?.line,
      `${rule.id} should read "${expected}" from "${example.text}"; read:\n${lines.map((l) => l.line).join("\n")}`,
    ).toBeDefined();
    if (!expected.startsWith("no "))
      expect(found?.rules, `${rule.id} should be among the rules behind "${expected}"`).toContain(rule.id);
  }
}

describe.each(TABLES)("the %s rules", (_name, rules) => {
  it.each(rules.map((r) => [r.id, r] as const))("%s has examples and counter-examples", (_id, rule) => {
    expect(rule.examples.length, "at least one example").toBeGreaterThan(0);
    expect(rule.counterExamples.length, "at least one counter-example").toBeGreaterThan(0);
    for (const example of rule.examples)
      expect(example.expect.length, "an example says what it yields").toBeGreaterThan(0);
  });

  it.each(rules.map((r) => [r.id, r] as const))("%s reads its examples", (_id, rule) => {
    for (const example of rule.examples) checkExample(rule, example);
  });

  it.each(rules.map((r) => [r.id, r] as const))("%s does not fire on its counter-examples", (_id, rule) => {
    // Without a publication date and with one: with it, dates that count from the day of
    // publication ("on Friday", "next month") are read, and must not make the rule fire either.
    for (const text of rule.counterExamples)
      for (const publishedAt of [null, COUNTER_EXAMPLE_PUBLISHED]) {
        const fired = extract({ format: "text", text, publishedAt }).facts.some((f) =>
          f.evidence.some((e) => e.rule === rule.id),
        );
        expect(fired, `${rule.id} fired on "${text}" (published ${publishedAt})`).toBe(false);
      }
  });
});
