import type { ReleaseMedium } from "@filmkb/schema";
import type { Draft } from "../facts/facts.ts";
import { STREAMERS } from "../lexicon/companies.ts";
import { regionCode } from "../lexicon/places.ts";
import type { SentenceUnits } from "../patterns/pattern.ts";
import { RuleTable } from "../patterns/rule.ts";
import { type Unit, unitSpan } from "../patterns/units.ts";
import { type CreditContext, contextFilm, filmsIn } from "./credits.ts";
import { RELEASE_RULES, type ReleaseEmit } from "./release-rules.ts";

const RELEASES = new RuleTable(RELEASE_RULES, { claims: true });
const CONTEXT_PENALTY = 0.1;
/** A date the article says the film no longer has is reported, but with less weight. */
const SUPERSEDED_PENALTY = 0.2;

const PAST = new Set([
  "opened",
  "was",
  "were",
  "debuted",
  "premiered",
  "arrived",
  "came",
  "hit",
  "launched",
  "screened",
  "grossed",
]);
const FUTURE = new Set([
  "will",
  "is",
  "are",
  "due",
  "set",
  "scheduled",
  "slated",
  "dated",
  "opens",
  "open",
  "next",
  "now",
  "moved",
  "pushed",
  "delayed",
  "postponed",
]);
const MEDIUM_WORDS: [ReleaseMedium, RegExp][] = [
  ["streaming", /^(?:streaming|stream|streams|streamed|online|digital|vod)$/],
  ["home", /^(?:dvd|dvds|blu-ray|video|home-video)$/],
  ["tv", /^(?:tv|television|broadcast|broadcasts|channel)$/],
  ["festival", /^(?:festival)$/],
];

/** Releases a sentence states: one draft per film and date, with region, medium and platform. */
export function findReleases(ctx: CreditContext, units: SentenceUnits): Draft[] {
  const drafts: Draft[] = [];
  for (const { rule, match } of RELEASES.run(units)) {
    const emit: ReleaseEmit = rule.emit;
    const named = filmsIn(ctx, match.captures[emit.film ?? ""]);
    // A release belongs to a film the sentence names or points back to ("it", "the film"), not
    // to one it only describes ("the next Bond film, due in 2005").
    if (named.length === 0 && !namesOrPointsToFilm(units.units)) continue;
    if (releasedFromSomething(units.units, match.start)) continue;
    const films = named.length > 0 ? named : contextFilm(ctx, units, match.start, false);
    if (films.length === 0) continue;
    const within = units.units.slice(Math.max(0, match.start - 3), match.end);
    const past = isPast(units.units.slice(0, match.end));
    const platform = platformOf(match.captures[emit.platform ?? ""]);
    const medium = emit.medium ?? mediumOf(within, platform);
    const region = regionOf(match.captures[emit.region ?? ""]);
    const confidence = named.length > 0 ? rule.confidence : rule.confidence - CONTEXT_PENALTY;
    const base = {
      sentence: units.sentence.index,
      rule: rule.id,
      focus: unitSpan(units.units, match.start, match.end).start,
    };
    for (const film of films) {
      const date = dateOf(match.captures[emit.date], past);
      if (date)
        drafts.push({
          ...base,
          film,
          confidence,
          statement: { predicate: "release", value: { date, region, medium, platform } },
        });
      const former = dateOf(match.captures[emit.former ?? ""], past);
      if (former)
        drafts.push({
          ...base,
          film,
          confidence: confidence - SUPERSEDED_PENALTY,
          statement: {
            predicate: "release",
            value: { date: former, region, medium, platform, superseded: true },
          },
        });
      if (platform)
        drafts.push({
          ...base,
          film,
          confidence,
          statement: { predicate: "company", value: { name: platform, role: "streamer" } },
        });
      const company = companyOf(match.captures[emit.company ?? ""]);
      if (company)
        drafts.push({
          ...base,
          film,
          confidence,
          statement: { predicate: "company", value: { name: company, role: "distributor" } },
        });
    }
  }
  return drafts;
}

const POINTERS = new Set(["it", "its"]);
const FILM_NOUNS = new Set(["film", "movie", "picture", "sequel", "feature"]);
const DESCRIBING = new Set(["next", "new", "latest", "another", "forthcoming", "upcoming", "untitled"]);

const INSTALLMENT_WORDS = new Set(["first", "original", "second", "third", "new", "latest"]);

const isWord = (u: Unit | undefined, words: ReadonlySet<string>): boolean =>
  u?.kind === "word" && words.has(u.lower);
const THE = new Set(["the"]);
const SEQUEL = new Set(["sequel"]);

/** "the first film", "the sequel" at unit i: an installment of the story's series. */
function pointsToInstallment(units: readonly Unit[], i: number): boolean {
  if (isWord(units[i], SEQUEL)) return isWord(units[i - 1], THE);
  return isWord(units[i], FILM_NOUNS) && isWord(units[i - 1], INSTALLMENT_WORDS) && isWord(units[i - 2], THE);
}

function namesOrPointsToFilm(units: readonly Unit[]): boolean {
  return units.some((u, i) => {
    if (u.kind === "name") return u.type === "FILM";
    if (u.kind !== "word") return false;
    if (POINTERS.has(u.lower)) return true;
    const before = units[i - 1];
    if (pointsToInstallment(units, i)) return true;
    return (
      FILM_NOUNS.has(u.lower) &&
      before?.kind === "word" &&
      (before.lower === "the" || before.lower === "this") &&
      !DESCRIBING.has(units[i - 1]?.kind === "word" ? (units[i - 1] as { lower: string }).lower : "")
    );
  });
}

/** "was released from his contract in 2004": a person set free, not a film shown. */
function releasedFromSomething(units: readonly Unit[], at: number): boolean {
  const verb = units[at];
  const next = units[at + 1];
  return (
    verb?.kind === "word" && verb.lower.startsWith("releas") && next?.kind === "word" && next.lower === "from"
  );
}

/** Past tense before the date ("opened in May", "was released on Friday") reads it backward. */
function isPast(before: readonly Unit[]): boolean {
  for (let i = before.length - 1; i >= 0; i--) {
    const u = before[i];
    if (u?.kind !== "word") continue;
    if (FUTURE.has(u.lower)) return false;
    if (PAST.has(u.lower)) return true;
  }
  return false;
}

function dateOf(captured: Unit[] | undefined, past: boolean): string | null {
  const u = captured?.[0];
  return u?.kind === "date" ? (past ? u.date.backward : u.date.forward) : null;
}

function regionOf(captured: Unit[] | undefined): string | null {
  const u = captured?.[0];
  return u?.kind === "name" ? regionCode(u.name.text) : null;
}

function companyOf(captured: Unit[] | undefined): string | null {
  const u = captured?.[0];
  return u?.kind === "name" ? u.name.text.replace(/^(?:The|A|An) (?=\S)/, "") : null;
}

function platformOf(captured: Unit[] | undefined): string | null {
  const u = captured?.[0];
  if (u?.kind !== "name") return null;
  const name = u.name.text.replace(/^The /, "");
  return STREAMERS.has(name.toLowerCase()) || name.endsWith("+") ? name : null;
}

function mediumOf(units: readonly Unit[], platform: string | null): ReleaseMedium {
  if (platform) return "streaming";
  for (const [medium, words] of MEDIUM_WORDS)
    if (
      units.some(
        (u) =>
          (u.kind === "word" && words.test(u.lower)) ||
          (u.kind === "name" && u.type === "MEDIA" && words.test(u.name.text.toLowerCase())),
      )
    )
      return medium;
  if (units.some((u) => u.kind === "name" && u.type === "EVENT")) return "festival";
  return "theatrical";
}
