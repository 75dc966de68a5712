import type { ReleaseMedium } from "@filmkb/schema";
import type { Draft } from "../facts/facts.ts";
import type { Film } from "../films/films.ts";
import { STREAMERS } from "../lexicon/companies.ts";
import { GENRE_NOUNS } from "../lexicon/film-words.ts";
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
  // Present tense tells of what is coming: "reaches cinemas on Friday".
  "reaches",
  "arrives",
  "hits",
  "lands",
  "debuts",
  "premieres",
  "streams",
  "launches",
  "returns",
]);
const MEDIUM_WORDS: [ReleaseMedium, RegExp][] = [
  ["streaming", /^(?:streaming|stream|streams|streamed|online|digital|vod)$/],
  ["home", /^(?:dvd|dvds|blu-ray|video|home-video)$/],
  ["tv", /^(?:tv|television|broadcast|broadcasts|channel)$/],
  ["festival", /^(?:festival)$/],
];

/** Releases a sentence states: one draft per film, date and region, with medium and platform. */
export function findReleases(ctx: CreditContext, units: SentenceUnits): Draft[] {
  const drafts: Draft[] = [];
  for (const { rule, match } of RELEASES.run(units)) {
    const emit: ReleaseEmit = rule.emit;
    const named = filmsIn(ctx, match.captures[emit.film ?? ""]);
    // A release belongs to a film the sentence names or points back to ("it", "the film"), not
    // to one it only describes ("the next Bond film, due in 2005").
    if (
      named.length === 0 &&
      !emit.impliesFilm &&
      !units.once(namesOrPointsToFilm, () => namesOrPointsToFilm(units.units))
    )
      continue;
    if (releasedFromSomething(units.units, match.start) || releasesSomethingElse(units.units, match.start))
      continue;
    const films = named.length > 0 ? named : contextFilm(ctx, units, match.start, false);
    if (films.length === 0) continue;
    const within = units.units.slice(Math.max(0, match.start - 3), match.end);
    const past = pastBefore(units)[match.end] === 1;
    const platform = platformOf(match.captures[emit.platform ?? ""]);
    const medium = emit.medium ?? mediumOf(within, platform);
    const dateUnit = datedRelease(units, match.captures[emit.date ?? ""]?.[0]);
    const formerUnit = datedRelease(units, match.captures[emit.former ?? ""]?.[0]);
    // "pushed back to 6 August in the US": a region the rule does not read may follow the date.
    const regions = regionsOf(match.captures[emit.region ?? ""]);
    if (regions.length === 0 && dateUnit) regions.push(...regionsAfter(units, dateUnit));
    // "will release X in the US on 9 October": or before it, within the words the rule read.
    if (regions.length === 0 && dateUnit) regions.push(...regionsBefore(units, dateUnit, match.start));
    const confidence = named.length > 0 ? rule.confidence : rule.confidence - CONTEXT_PENALTY;
    const base = {
      sentence: units.sentence.index,
      rule: rule.id,
      focus: unitSpan(units.units, match.start, match.end).start,
    };
    for (const film of films) {
      const release = (date: string, region: string | null, superseded: boolean): Draft => ({
        ...base,
        film,
        confidence: superseded ? confidence - SUPERSEDED_PENALTY : confidence,
        statement: {
          predicate: "release",
          value: { date, region, medium, platform, ...(superseded ? { superseded } : {}) },
        },
      });
      const date = dateOf(dateUnit, past);
      const former = dateOf(formerUnit, past);
      for (const region of regions.length > 0 ? regions : [null]) {
        if (date) drafts.push(release(date, region, false));
        if (former) drafts.push(release(former, region, true));
      }
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
  return withFormerRegions(drafts);
}

type ReleaseDraft = Draft & { statement: Extract<Draft["statement"], { predicate: "release" }> };
const isRelease = (d: Draft): d is ReleaseDraft => d.statement.predicate === "release";

/**
 * "will now open on 3 September in the US, moving it from 6 August": a former date the sentence
 * gives no region of is the former date of the regions its new date has — its first new date,
 * when it gives several ("5 March in the US and 12 March in the UK": the US date is the one news
 * leads with, and the one a single former date was).
 */
function withFormerRegions(drafts: Draft[]): Draft[] {
  // Each film's current releases with a region, by medium, in the sentence's order.
  const replacing = new Map<Film, Map<ReleaseDraft["statement"]["value"]["medium"], ReleaseDraft[]>>();
  for (const n of drafts) {
    if (!isRelease(n) || n.statement.value.superseded || n.statement.value.region === null) continue;
    const byMedium = replacing.get(n.film) ?? new Map();
    replacing.set(n.film, byMedium);
    const group = byMedium.get(n.statement.value.medium);
    if (group) group.push(n);
    else byMedium.set(n.statement.value.medium, [n]);
  }
  const regionsOfFirst = new Map<ReleaseDraft[], Set<string>>();
  return drafts.flatMap((d) => {
    if (!isRelease(d) || !d.statement.value.superseded || d.statement.value.region !== null) return [d];
    const group = replacing.get(d.film)?.get(d.statement.value.medium) ?? [];
    let regions = regionsOfFirst.get(group);
    if (!regions) {
      // The first new date the sentence gives (the earliest stated of the earliest-placed).
      let first: ReleaseDraft | undefined;
      for (const n of group) if (!first || (n.focus ?? 0) < (first.focus ?? 0)) first = n;
      const date = first?.statement.value.date;
      regions = new Set(
        group.filter((n) => n.statement.value.date === date).map((n) => n.statement.value.region ?? ""),
      );
      regionsOfFirst.set(group, regions);
    }
    if (regions.size === 0) return [d];
    return [...regions].map((region) => ({
      ...d,
      statement: { ...d.statement, value: { ...d.statement.value, region } },
    }));
  });
}

/**
 * An article's releases without the ones it states more precisely elsewhere: "pushed back to
 * August" in a headline is the body's "6 August 2027 in the US", and "opens on 3 May" the
 * "3 May in the UK" of the next sentence, "available from 26 February" the "streaming on Disney+
 * from 26 February" beside it. A release is dropped when another of the same film, medium and
 * standing says more: a day within its date, a region or a platform where it named none.
 */
export function withoutVaguerReleases(drafts: readonly Draft[]): Draft[] {
  // Said as an index built once (comparing every release with every other was quadratic in an
  // article of thousands of dates): what extends each date prefix of a film, medium and
  // standing, and what a date names besides where it names it.
  const longer = new Map<
    string,
    { regions: Set<string | null>; platforms: Set<string | null>; both: Set<string> }
  >();
  const same = new Map<
    string,
    {
      regioned: boolean;
      regionedPlatforms: Set<string | null>;
      platformed: boolean;
      platformedRegions: Set<string | null>;
    }
  >();
  const groupOf = (d: ReleaseDraft) => [d.film, d.statement.value.medium, !!d.statement.value.superseded];
  const films = new Map<unknown, number>();
  const keyOf = (d: ReleaseDraft, date: string) => {
    const [film, medium, superseded] = groupOf(d);
    if (!films.has(film)) films.set(film, films.size);
    return `${films.get(film)}|${medium}|${superseded}|${date}`;
  };
  for (const y of drafts) {
    if (!isRelease(y)) continue;
    const { date, region, platform } = y.statement.value;
    for (let n = 1; n < date.length; n++) {
      const key = keyOf(y, date.slice(0, n));
      const entry = longer.get(key) ?? { regions: new Set(), platforms: new Set(), both: new Set() };
      entry.regions.add(region);
      entry.platforms.add(platform);
      entry.both.add(`${region}|${platform}`);
      longer.set(key, entry);
    }
    const key = keyOf(y, date);
    const entry = same.get(key) ?? {
      regioned: false,
      regionedPlatforms: new Set(),
      platformed: false,
      platformedRegions: new Set(),
    };
    if (region !== null) {
      entry.regioned = true;
      entry.regionedPlatforms.add(platform);
    }
    if (platform !== null) {
      entry.platformed = true;
      entry.platformedRegions.add(region);
    }
    same.set(key, entry);
  }
  // Another release refines x when its date extends x's (in x's region and on x's platform,
  // where x names them), or on x's date names a region or a platform x leaves out.
  const vaguer = (x: ReleaseDraft) => {
    const { date, region, platform } = x.statement.value;
    const key = keyOf(x, date);
    const ext = longer.get(key);
    if (ext) {
      if (region === null && platform === null) return true;
      if (
        region === null
          ? ext.platforms.has(platform)
          : platform === null
            ? ext.regions.has(region)
            : ext.both.has(`${region}|${platform}`)
      )
        return true;
    }
    const at = same.get(key);
    if (!at) return false;
    if (region === null && (platform === null ? at.regioned : at.regionedPlatforms.has(platform)))
      return true;
    return platform === null && (region === null ? at.platformed : at.platformedRegions.has(region));
  };
  return drafts.filter((d) => !isRelease(d) || !vaguer(d));
}

const POINTERS = new Set(["it", "its"]);
const FILM_NOUNS = new Set(["film", "movie", "picture", "sequel", "feature"]);
/** Genre words that, alone after "the", may mean something else: "the war", "the hit". */
const NOT_A_FILM_ALONE = new Set([
  "war",
  "crime",
  "action",
  "hit",
  "smash",
  "flop",
  "animation",
  "animated",
  "noir",
  "epic",
  "adventure",
  "fantasy",
  "cartoon",
  "romance",
  "mystery",
  "horror",
]);
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
    if (pointsToInstallment(units, i)) return true;
    return isFilmReference(units, i);
  });
}

/** Kinds of film a story calls its film by: "the thriller", "the spy comedy's". */
const REFERENCE_NOUNS = new Set([
  ...FILM_NOUNS,
  ...[...GENRE_NOUNS].filter((noun) => !NOT_A_FILM_ALONE.has(noun)),
]);

/**
 * "the film", "this spy thriller", "the animated feature's": the film the story speaks of, by a
 * film or genre noun after "the" or "this" and up to two plain modifiers. "The next Bond film"
 * names no film of the story, nor does "the new film".
 */
function isFilmReference(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (u?.kind !== "word" || !REFERENCE_NOUNS.has(u.lower.replace(/'s$/, ""))) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const before = units[k];
    if (before?.kind !== "word" || DESCRIBING.has(before.lower) || !before.token.word) return false;
    if (before.lower === "the" || before.lower === "this") return true;
  }
  return false;
}

/** What a film's makers release besides the film: "its trailer, released on Monday". */
const OTHER_RELEASES = new Set([
  "trailer",
  "trailers",
  "teaser",
  "poster",
  "posters",
  "soundtrack",
  "album",
  "single",
  "song",
  "clip",
  "footage",
  "images",
  "photos",
  "stills",
  "book",
  "novel",
  "game",
  "statement",
]);
const LINKING = new Set([
  ",",
  "was",
  "were",
  "is",
  "are",
  "be",
  "been",
  "being",
  "will",
  "has",
  "had",
  "to",
  "first",
]);

/** The release verb at `at` tells of a trailer, a poster, a soundtrack … rather than the film. */
function releasesSomethingElse(units: readonly Unit[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const u = units[k];
    if (u?.kind !== "word") return false;
    if (OTHER_RELEASES.has(u.lower)) return true;
    if (!LINKING.has(u.lower)) return false;
  }
  return false;
}

/** "was released from his contract in 2004": a person set free, not a film shown. */
function releasedFromSomething(units: readonly Unit[], at: number): boolean {
  const verb = units[at];
  const next = units[at + 1];
  return (
    verb?.kind === "word" && verb.lower.startsWith("releas") && next?.kind === "word" && next.lower === "from"
  );
}

/**
 * Past tense before the date ("opened in May", "was released on Friday") reads it backward: for
 * each unit index, 1 when the nearest tense word before it is a past one. Read once a sentence.
 */
function pastBefore(units: SentenceUnits): Uint8Array {
  return units.once(pastBefore, () => {
    const past = new Uint8Array(units.units.length + 1);
    units.units.forEach((u, i) => {
      const tense = u.kind !== "word" ? -1 : FUTURE.has(u.lower) ? 0 : PAST.has(u.lower) ? 1 : -1;
      past[i + 1] = tense === -1 ? (past[i] ?? 0) : tense;
    });
    return past;
  });
}

const REPORTING = new Set([
  "said",
  "says",
  "announced",
  "announces",
  "confirmed",
  "confirms",
  "revealed",
  "reveals",
  "told",
  "added",
  "reported",
  "explained",
  "insisted",
]);

/**
 * The date unit, unless it dates the telling rather than the film: "Meridian said on Tuesday",
 * "the studio confirmed on 3 March".
 */
function datedRelease(sentence: SentenceUnits, date: Unit | undefined): Unit | undefined {
  if (date?.kind !== "date") return undefined;
  const units = sentence.units;
  const i = sentence.indexOf(date);
  const before = units[i - 1];
  const verb = before?.kind === "word" && before.lower === "on" ? units[i - 2] : before;
  return isWord(verb, REPORTING) ? undefined : date;
}

function dateOf(unit: Unit | undefined, past: boolean): string | null {
  return unit?.kind === "date" ? (past ? unit.date.backward : unit.date.forward) : null;
}

/** The countries a slot names ("the US and Canada", "UK and Irish"), as region codes. */
function regionsOf(captured: Unit[] | undefined): string[] {
  const codes = (captured ?? []).flatMap((u) => (u.kind === "name" ? (regionCode(u.name.text) ?? []) : []));
  return [...new Set(codes)];
}

const REGION_PREPOSITIONS = new Set(["in", "across", "throughout"]);
const REGION_TYPES = new Set(["PLACE", "NAT"]);

/** The countries named right after a date: "6 August 2027 in the US and Canada". */
function regionsAfter(sentence: SentenceUnits, date: Unit): string[] {
  const units = sentence.units;
  let i = sentence.indexOf(date) + 1;
  if (i === 0 || !isWord(units[i], REGION_PREPOSITIONS)) return [];
  i++;
  if (isWord(units[i], THE)) i++;
  const list: Unit[] = [];
  for (; i < units.length; i++) {
    const u = units[i];
    if (u?.kind === "name" && REGION_TYPES.has(u.type)) list.push(u);
    else if (!(isWord(u, LIST_JOINERS) && list.length > 0) && !(isWord(u, THE) && list.length > 0)) break;
  }
  return regionsOf(list);
}

const LIST_JOINERS = new Set([",", "and", "&"]);
const DATE_PREPOSITIONS = new Set(["on", "from", "in", "for"]);
const VENUES = new Set(["cinemas", "theatres", "theaters", "screens"]);

/** The countries named just before a date, after `from`: "in the US on 9 October", "in UK cinemas on …". */
function regionsBefore(sentence: SentenceUnits, date: Unit, from: number): string[] {
  const units = sentence.units;
  let i = sentence.indexOf(date) - 1;
  if (isWord(units[i], DATE_PREPOSITIONS)) i--;
  if (isWord(units[i], VENUES)) i--;
  const list: Unit[] = [];
  for (; i >= from; i--) {
    const u = units[i];
    if (u?.kind === "name" && REGION_TYPES.has(u.type)) list.unshift(u);
    else if (!(isWord(u, LIST_JOINERS) && list.length > 0)) break;
  }
  if (isWord(units[i], THE)) i--;
  return i >= from && isWord(units[i], REGION_PREPOSITIONS) ? regionsOf(list) : [];
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
