import { COMPANY_SUFFIXES } from "../lexicon/companies.ts";
import { isEnglishWord } from "../lexicon/english.ts";
import {
  AWARD_HEADS,
  EVENT_HEADS,
  NAME_PREFIXES,
  ORGANISATION_HEADS,
  VENUE_HEADS,
} from "../lexicon/entities.ts";
import { isGivenName, NOT_SURNAMES, pronounFor } from "../lexicon/names.ts";
import { PLACE_SUFFIXES, regionCode } from "../lexicon/places.ts";
import { COMMON_WORDS, MONTHS, ROLE_TITLES, WEEKDAYS } from "../lexicon/words.ts";

const PARTICLES = new Set([
  "de",
  "van",
  "von",
  "der",
  "den",
  "da",
  "du",
  "la",
  "le",
  "del",
  "di",
  "bin",
  "al",
]);
const NAME_WORD = /^(?:\p{Lu}[\p{L}'-]*|\p{Lu}\.)$/u;
const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** "Sir Ian McKellen" is Ian McKellen; "Mr Evans" is Evans. */
export function withoutPrefix(words: readonly string[]): readonly string[] {
  const first = words[0]?.toLowerCase().replace(/\.$/, "") ?? "";
  return words.length >= 2 && NAME_PREFIXES.has(first) ? words.slice(1) : words;
}

/**
 * Whether words have the shape of a person's full name: two to four name words, the last a
 * surname (not a word that heads a company, place, award or event). `strict` also asks that the
 * first word be a common given name or an initial, as news copy introduces people.
 */
export function isPersonShaped(words: readonly string[], strict: boolean): boolean {
  const name = withoutPrefix(words).filter((w) => !SUFFIX.test(w));
  if (name.length < 2 || name.length > 4) return false;
  const lower = name.map((w) => w.toLowerCase());
  if (!name.every((w, k) => NAME_WORD.test(w) || (k > 0 && PARTICLES.has(w)))) return false;
  const last = lower[lower.length - 1] ?? "";
  if (headsSomethingElse(last)) return false;
  // "Carry On", "Hold Back": a particle or preposition ends no surname.
  if (NOT_SURNAME_WORDS.has(last)) return false;
  // "F.B.O.", "J. R.": initials alone abbreviate a company as often as a person.
  if (name.every((w) => /^\p{Lu}\.?$/u.test(w))) return false;
  if (lower.some((w) => WEEKDAYS.has(w))) return false;
  if (lower.every((w) => MONTHS.has(w))) return false;
  // A common word may end a surname ("Jack Lord") but not open a name or sit inside it.
  if (lower.slice(0, -1).some((w) => w.length > 1 && COMMON_WORDS.has(w) && !isGivenName(w))) return false;
  if (ROLE_TITLES.has(lower[0] ?? "")) return false;
  const first = name[0] ?? "";
  // "Jean-Pierre", "Anne-Marie": a hyphenated given name of given names ("Harley-Davidson" is not).
  const given =
    isGivenName(first) ||
    /^\p{Lu}\.$/u.test(first) ||
    (/^\p{L}+-\p{Lu}\p{Ll}+$/u.test(first) && first.split("-").every(isGivenName));
  // "Million Dollar Baby": everyday words make a name only after a given name ("Dean Martin").
  if (!given && name.every((w) => isEnglishWord(w.toLowerCase()))) return false;
  // "Hotel Kenya": an everyday word before a country makes a title, not a person ("Michael
  // Jordan" opens with a given name, "Agnieszka Holland" with no English word).
  if (!given && isEnglishWord(lower[0] ?? "") && regionCode(last) !== null) return false;
  return !strict || given;
}

const NOT_SURNAME_WORDS = new Set(
  "on in at to of off up out over back down away about around into onto upon with without the a an and or".split(
    " ",
  ),
);

const headsSomethingElse = (word: string) =>
  NOT_SURNAMES.has(word) ||
  COMPANY_SUFFIXES.has(word) ||
  ORGANISATION_HEADS.has(word) ||
  AWARD_HEADS.has(word) ||
  EVENT_HEADS.has(word) ||
  VENUE_HEADS.has(word) ||
  PLACE_SUFFIXES.has(word);

export interface Person {
  /** The full name as the article first gives it. */
  name: string;
  pronoun: "he" | "she" | null;
  /**
   * Something besides the shape of the name says it is a person: a role noun ("actress X"),
   * speech ("X said"), an age, a later reference by surname. "Vera Drake" has the shape of a
   * name and may be a film; "Imelda Staunton, 49," is a person.
   */
  confirmed: boolean;
  /** What the article calls them ("actress X", "director Y"), when it does. */
  trade: Trade | null;
  /** Character offset of the first full mention: a surname refers back to it, never forward. */
  firstAt: number;
}

/** A person's trade, as far as film credits go. */
export type Trade = "cast" | "director" | "writer" | "producer";

const TRADES: Record<string, Trade> = {
  actor: "cast",
  actress: "cast",
  actors: "cast",
  actresses: "cast",
  star: "cast",
  "co-star": "cast",
  director: "director",
  "film-maker": "director",
  filmmaker: "director",
  "co-director": "director",
  writer: "writer",
  screenwriter: "writer",
  "co-writer": "writer",
  producer: "producer",
};

/** A name as written, without the quotation marks and commas its words leave out. */
const withoutMarks = (surface: string): string =>
  surface
    .replace(/["“”,]/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** The trade a role noun names ("actress" → cast), or null. */
export const tradeOf = (roleNoun: string): Trade | null => TRADES[roleNoun.toLowerCase()] ?? null;

/**
 * The people an article names, and how it refers to them later: by surname ("Eastwood"), with
 * a form of address ("Mr Evans"), or in full. News copy introduces a person in full before it
 * shortens the name, so the first full name with a surname wins.
 */
export class People {
  private readonly byName = new Map<string, Person>();
  private readonly bySurname = new Map<string, Person>();

  /**
   * `surface` is the name as written, kept when it differs from the words only by the marks
   * that words leave out: 'Walter "Wag" Ames', "Alan Quill, Jr.".
   */
  add(words: readonly string[], confirmed: boolean, at = 0, surface?: string): Person {
    const key = withoutPrefix(words).join(" ");
    const name = surface !== undefined && withoutMarks(surface) === key ? surface : key;
    // "Van Gogh" after "Theo Van Gogh": a surname with its particle, not another person.
    const known = this.byName.get(key) ?? this.earlierBySurname(key, at);
    if (known) {
      known.confirmed ||= confirmed;
      known.firstAt = Math.min(known.firstAt, at);
      return known;
    }
    const person: Person = { name, pronoun: pronounFor(words[0] ?? ""), confirmed, trade: null, firstAt: at };
    this.byName.set(key, person);
    const bare = words.filter((w) => !SUFFIX.test(w));
    if (bare.length !== words.length) this.byName.set(bare.join(" "), person);
    const surname = bare[bare.length - 1] ?? "";
    if (!this.bySurname.has(surname)) this.bySurname.set(surname, person);
    // "Van Gogh" for "Theo Van Gogh": a surname with its particle.
    const particle = bare[bare.length - 2];
    if (particle && PARTICLES.has(particle.toLowerCase()) && bare.length >= 3) {
      const withParticle = `${particle} ${surname}`;
      if (!this.bySurname.has(withParticle)) this.bySurname.set(withParticle, person);
    }
    return person;
  }

  private earlierBySurname(key: string, at: number): Person | undefined {
    const person = this.bySurname.get(key);
    return person && person.firstAt < at && person.name !== key ? person : undefined;
  }

  /**
   * The person a name at offset `at` refers to: a full name, or a surname (also after "Mr",
   * "Dr", "Sir") of someone named in full before it.
   */
  resolve(words: readonly string[], at = Number.POSITIVE_INFINITY): Person | null {
    const name = withoutPrefix(words).join(" ");
    const full = this.byName.get(name);
    if (full) return full;
    const bySurname = this.bySurname.get(name);
    return bySurname && bySurname.firstAt < at ? bySurname : null;
  }

  /** Whether the name is a short reference (a surname, "Mr Evans") rather than the full name. */
  isShortReference(words: readonly string[]): boolean {
    const name = withoutPrefix(words).join(" ");
    return !this.byName.has(name) && this.bySurname.has(name);
  }

  get size(): number {
    return this.byName.size;
  }
}
