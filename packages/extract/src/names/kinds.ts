import { COMPANY_SUFFIXES, KNOWN_STUDIOS, STREAMERS } from "../lexicon/companies.ts";
import {
  AWARD_HEADS,
  AWARD_NAMES,
  EVENT_HEADS,
  NON_TITLE_ACRONYMS,
  ORGANISATION_HEADS,
} from "../lexicon/entities.ts";
import { GENRE_NOUNS } from "../lexicon/film-words.ts";
import { isGivenName } from "../lexicon/names.ts";
import { NATIONALITIES, regionCode } from "../lexicon/places.ts";
import { MONTHS, ROLE_TITLES, WEEKDAYS } from "../lexicon/words.ts";
import { isKnownPlace } from "./places.ts";

/** What a capitalised name is, as far as its own words tell. */
export type NameKind =
  | "person"
  | "organisation"
  | "place"
  | "award"
  | "event"
  | "nationality"
  /** Capitalised words that describe rather than name: "a 2005 Disney Channel Original Movie". */
  | "descriptor"
  /** A rank or role with a name: "Agent Hunt", a film's character. */
  | "character"
  | "date"
  | "media"
  /** Nothing in its words says: a film, a person not yet known, a show… */
  | "name";

const ORGANISATION_OPENERS = new Set([
  "academy",
  "association",
  "university",
  "museum",
  "institute",
  "society",
]);
const HOLIDAYS = new Set([
  "christmas",
  "christmas day",
  "christmas eve",
  "boxing day",
  "easter",
  "easter sunday",
  "new year",
  "new year's",
  "new year's day",
  "new year's eve",
  "valentine's day",
  "halloween",
  "thanksgiving",
  "independence day",
  "labor day",
  "labour day",
  "memorial day",
  "bank holiday",
  "super bowl",
  "super bowl weekend",
]);
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})$/;

/**
 * The kind a name's own words give it: its head word ("… Association", "… Festival", "…
 * Awards"), a lexicon of countries, places, studios and awards, or its shape (an acronym).
 * People are told apart elsewhere, by the article's own full names. A head that names a kind
 * of place ("… Road", "… Mountain") does not make a place: too many titles end so ("Cold
 * Mountain", "Mulholland Drive"); where it matters (filming locations) the rule asks.
 */
export function kindOfWords(named: readonly string[]): NameKind {
  // "The CFCA", "The Chicago Film Critics Association": the article is no part of the kind.
  const words = named.length > 1 && /^(?:the|a|an)$/i.test(named[0] ?? "") ? named.slice(1) : named;
  // "Warner Bros.", "Acme Inc.": an abbreviation's full stop is no part of the lookup.
  const lower = words.map((w) => w.toLowerCase().replace(/\.$/, ""));
  const text = lower.join(" ");
  const head = lower[lower.length - 1] ?? "";
  if (lower.length === 1 && (MONTHS.has(head) || WEEKDAYS.has(head))) return "date";
  // "July 14", "July 2027": a month with its day or year.
  if (lower.length === 2 && MONTHS.has(lower[0] ?? "") && /^\d{1,4}$/.test(lower[1] ?? "")) return "date";
  if (HOLIDAYS.has(text)) return "date";
  // "Harbour Lights the Musical": the stage show of a story.
  if (text.endsWith(" the musical") || text.endsWith(" the play")) return "media";
  if (lower.length === 1 && AWARD_NAMES.has(head)) return "award";
  // "Best Actress", "Best Written American Comedy": a category set in capitals. ("Best Actress for
  // Million Dollar Baby" is two names: a connector ends the category.)
  if (lower[0] === "best" && lower.length > 1 && words.every((w) => /^\p{Lu}/u.test(w))) return "award";
  if (AWARD_HEADS.has(head) && (lower.length > 1 || AWARD_NAMES.has(head))) return "award";
  if (text.startsWith("academy award") || text.startsWith("golden globe")) return "award";
  if (KNOWN_STUDIOS.has(text) || STREAMERS.has(text) || /\+$/.test(text)) return "organisation";
  // "Natalie Press", "Harry Holding": a common given name before the head makes a person's name.
  const givenThenHead = lower.length === 2 && isGivenName(lower[0] ?? "") && named === words;
  if (lower.length > 1 && !givenThenHead && (ORGANISATION_HEADS.has(head) || COMPANY_SUFFIXES.has(head)))
    return "organisation";
  if (lower.length > 2 && ORGANISATION_OPENERS.has(lower[0] ?? "") && lower[1] === "of")
    return "organisation";
  if (EVENT_HEADS.has(head) && lower.length > 1) return "event";
  if (regionCode(text) && !NATIONALITIES.has(text)) return "place";
  if (lower.every((w) => NATIONALITIES.has(w)) || text === "briton" || text === "britons")
    return "nationality";
  // "a 1967 American Western film": a nationality with a genre set in capitals describes.
  if (
    lower.length > 1 &&
    NATIONALITIES.has(lower[0] ?? "") &&
    lower.slice(1).every((w) => GENRE_NOUNS.has(w))
  )
    return "nationality";
  if (isKnownPlace(text)) return "place";
  // "Agent Hunt", "Captain Holm": a rank or role before a name makes a character. ("The Lord
  // of the Rings", "Captain Corelli's Mandolin" are titles: articles, connectors, possessives.)
  if (
    named === words &&
    lower.length > 1 &&
    (lower.length === 2 || (lower.length === 3 && isGivenName(lower[1] ?? ""))) &&
    ROLE_TITLES.has(lower[0] ?? "") &&
    words.every((w) => /^\p{Lu}[\p{Ll}'-]*$/u.test(w) && !/'s$/.test(w))
  )
    return "character";
  const only = words[0] ?? "";
  if (lower.length === 1 && NON_TITLE_ACRONYMS.has(head)) return "media";
  // "CFCA", "Ampas" set in capitals: an acronym names a body, not a film.
  if (lower.length === 1 && /^\p{Lu}{2,6}s?$/u.test(only) && !ROMAN.test(only)) return "organisation";
  return "name";
}
