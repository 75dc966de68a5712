import type { Doc } from "../document/document.ts";
import type { Draft } from "../facts/facts.ts";
import type { Film } from "../films/films.ts";
import { regionCode } from "../lexicon/places.ts";
import type { NamesLayer, Person } from "../names/names.ts";
import type { SentenceUnits } from "../patterns/pattern.ts";
import { RuleTable } from "../patterns/rule.ts";
import { unitSpan } from "../patterns/units.ts";
import { type CreditContext, contextFilm, filmsIn } from "./credits.ts";
import { LOCATION_RULES, type LocationEmit } from "./location-rules.ts";

const LOCATIONS = new RuleTable(LOCATION_RULES, { claims: true });
const CONTEXT_PENALTY = 0.1;
const SAY = new Set([
  "said",
  "says",
  "wrote",
  "writes",
  "posted",
  "added",
  "told",
  "tweeted",
  "explained",
  "captioned",
]);
const CREW = new Set(["director", "writer", "producer", "cast"]);

/**
 * Who speaks in each sentence: inside quotation marks, the person a speech verb gives the
 * paragraph's quote ("… ," McQuarrie wrote). Null outside quotes or when no one is named.
 */
export function speakers(doc: Doc, names: NamesLayer): (Person | null)[] {
  const byParagraph = new Map<number, Person | null>();
  for (const s of doc.sentences) {
    if (byParagraph.get(s.paragraph)) continue;
    for (const name of names.bySentence[s.index] ?? []) {
      const before = s.tokens[name.first - 1]?.lower ?? "";
      const after = s.tokens[name.last]?.lower ?? "";
      if (name.person && (SAY.has(before) || SAY.has(after))) {
        byParagraph.set(s.paragraph, name.person);
        break;
      }
    }
  }
  let open = false;
  let paragraph = -1;
  return doc.sentences.map((s) => {
    if (s.paragraph !== paragraph) {
      open = false;
      paragraph = s.paragraph;
    }
    const quotes = s.tokens.filter((t) => t.text === '"').length;
    const quoted = open || quotes > 0;
    if (quotes % 2 === 1) open = !open;
    return quoted ? (byParagraph.get(s.paragraph) ?? null) : null;
  });
}

/**
 * Filming locations a sentence states. Rules that read a crew member's own words need the
 * sentence's speaker to be credited on the film by the drafts already made.
 */
export function findLocations(
  ctx: CreditContext,
  units: SentenceUnits,
  speaker: Person | null,
  credited: readonly Draft[],
): Draft[] {
  const drafts: Draft[] = [];
  for (const { rule, match } of LOCATIONS.run(units)) {
    const emit: LocationEmit = rule.emit;
    const named = filmsIn(ctx, match.captures[emit.film ?? ""]);
    let films: Film[] = named.length > 0 ? named : contextFilm(ctx, units, match.start, false);
    if (emit.inCrewWords) films = speaker ? films.filter((film) => isCrew(speaker, film, credited)) : [];
    const confidence = named.length > 0 ? rule.confidence : rule.confidence - CONTEXT_PENALTY;
    const focus = unitSpan(units.units, match.start, match.end).start;
    for (const u of match.captures[emit.place] ?? []) {
      if (u.kind !== "name" || u.name.kind === "person") continue;
      if (u.name.kind === "organisation" && !u.name.placeShaped) continue;
      for (const film of films)
        drafts.push({
          film,
          statement: {
            predicate: "filmingLocation",
            value: { name: u.name.text, region: regionCode(u.name.text) },
          },
          sentence: units.sentence.index,
          rule: rule.id,
          confidence,
          focus,
        });
    }
  }
  return drafts;
}

function isCrew(person: Person, film: Film, credited: readonly Draft[]): boolean {
  return credited.some((d) => {
    if (d.film !== film || !CREW.has(d.statement.predicate)) return false;
    const value = d.statement.value;
    const name = typeof value === "object" && value !== null && "name" in value ? value.name : value;
    return name === person.name;
  });
}
