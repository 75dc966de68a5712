import { COMPANY_SUFFIXES, KNOWN_STUDIOS, STREAMERS } from "../lexicon/companies.ts";
import { memoByString } from "../lexicon/memo.ts";
import { GIVEN_NAMES, NOT_SURNAMES } from "../lexicon/names.ts";
import { PLACE_SUFFIXES, regionCode } from "../lexicon/places.ts";
import { COMMON_WORDS, FUNCTION_WORDS, HONORIFICS, MONTHS, ROLE_TITLES, WEEKDAYS } from "../lexicon/words.ts";
import type { Phrase } from "./phrases.ts";

const NAME_WORD =
  /^(\p{Lu}[\p{L}'-]*|\p{Lu}\.?|(?:de|van|von|der|den|da|du|la|le|del|di|bin|al)|Jr\.?|Sr\.?|III?|IV)$/u;

/**
 * Whether a phrase has the shape of a person's full name: two to five name words, no digits,
 * no colon, not ending in a word that names a thing ("Pictures", "Festival"), no month or day.
 * `strict` also asks that the first word be a common given name or an initial.
 */
const shapeOfPhrase = new WeakMap<Phrase, [boolean | undefined, boolean | undefined]>();

/** "Sir Ian McKellen" is Ian McKellen: a title of honour is no part of the name. */
const HONOUR = /^(?:Sir|Dame|Lord|Lady)\s+(?=\S+\s+\S)/;
export const personName = (text: string): string => text.replace(HONOUR, "");

export function isPersonShaped(phrase: Phrase, strict: boolean): boolean {
  // Most phrases are one word: answer those before building a cache key.
  if (phrase.words.length < 2 || phrase.words.length > 6) return false;
  // Phrases are asked about again and again within one article: answer from the phrase first.
  const known = shapeOfPhrase.get(phrase) ?? [undefined, undefined];
  const slot = strict ? 0 : 1;
  const cached = known[slot];
  if (cached !== undefined) return cached;
  const honoured = phrase.words.length >= 3 && HONOUR.test(phrase.text);
  const text = honoured ? personName(phrase.text) : phrase.text;
  const words = honoured ? phrase.words.slice(1) : phrase.words;
  const value = words.length <= 5 && (strict ? strictShape : lenientShape)(`${text}\n${words.join(" ")}`);
  known[slot] = value;
  shapeOfPhrase.set(phrase, known);
  return value;
}
const strictShape = memoByString((key) => personShape(key, true));
const lenientShape = memoByString((key) => personShape(key, false));

function personShape(key: string, strict: boolean): boolean {
  const [text = "", joined = ""] = key.split("\n");
  const words = joined ? joined.split(" ") : [];
  const phrase = { text };
  if (words.length < 2 || words.length > 5) return false;
  // Five words make a name only with a particle or a suffix ("Jean-Claude Van Damme Jr."):
  // otherwise they are a title ("My Big Fat Greek Wedding").
  if (
    words.length === 5 &&
    !words.some((w) => /^(?:de|van|von|der|den|da|du|la|le|del|di|bin|al|Jr\.?|Sr\.?)$/.test(w))
  )
    return false;
  if (phrase.text.includes(":") || /\p{N}/u.test(phrase.text)) return false;
  if (!words.every((w) => NAME_WORD.test(w))) return false;
  const lower = words.map((w) => w.toLowerCase());
  const lastWord = lower[lower.length - 1] ?? "";
  if (NOT_SURNAMES.has(lastWord) || COMPANY_SUFFIXES.has(lastWord)) return false;
  // "Whitby Swing Bridge" is a place; "Anthony Michael Hall" a person: a middle given name decides.
  if (lower.length >= 3 && PLACE_SUFFIXES.has(lastWord) && !GIVEN_NAMES.has(lower[lower.length - 2] ?? ""))
    return false;
  // "June Foray", "Fredric March": a month is a name here (dates carry digits and are excluded above).
  if (lower.some((w) => WEEKDAYS.has(w)) || lower.every((w) => MONTHS.has(w))) return false;
  // A common word may end a surname ("Jack Lord") but not begin or sit inside a name.
  // (An initial such as "A." is not the article "a".)
  if (lower.slice(0, -1).some((w) => w.length > 1 && COMMON_WORDS.has(w) && !GIVEN_NAMES.has(w)))
    return false;
  if (
    FUNCTION_WORDS.has(lastWord) ||
    (COMMON_WORDS.has(lastWord) && !SURNAME_LIKE.has(lastWord) && !GIVEN_NAMES.has(lastWord))
  )
    return false;
  if (isCompanyName(phrase.text) || regionCode(phrase.text)) return false;
  const first = lower[0] ?? "";
  if (HONORIFICS.has(first.replace(/\.$/, "")) || ROLE_TITLES.has(first)) return false;
  if (!strict) return true;
  return GIVEN_NAMES.has(first) || /^\p{Lu}\.?$/u.test(words[0] ?? "");
}

// Common words that are also family names.
const SURNAME_LIKE = new Set([
  "lord",
  "lady",
  "king",
  "young",
  "long",
  "wise",
  "best",
  "price",
  "rich",
  "black",
  "white",
  "green",
  "brown",
  "gray",
  "grey",
  "stone",
  "law",
  "hill",
  "house",
  "may",
  "day",
  "west",
]);

export const isCompanyName = memoByString(function isCompanyName(name: string): boolean {
  const lower = name.toLowerCase();
  if (KNOWN_STUDIOS.has(lower) || STREAMERS.has(lower) || /\+$/.test(name)) return true;
  const last = lower.split(/\s+/).pop() ?? "";
  return COMPANY_SUFFIXES.has(last.replace(/\.$/, "")) && lower.split(/\s+/).length >= 2;
});

export function isStreamer(name: string): boolean {
  return STREAMERS.has(name.toLowerCase()) || /\+$/.test(name);
}

/** The people an article names in full, and how its short references ("Cruise", "Mr Evans") resolve. */
export class PeopleIndex {
  private readonly bySurname = new Map<string, string>();
  private readonly full = new Set<string>();

  add(person: string): void {
    const name = personName(person);
    this.full.add(name);
    const surname = name.split(/\s+/).pop() ?? "";
    // The first person named with a surname wins: news copy introduces before it abbreviates.
    if (!this.bySurname.has(surname)) this.bySurname.set(surname, name);
  }

  has(name: string): boolean {
    return this.full.has(name);
  }

  /** The full name a reference stands for: itself if full, else the person with that surname. */
  resolve(reference: string): string | null {
    const cleaned = reference.replace(/^(Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.? /, "").replace(/'s$/, "");
    if (this.full.has(cleaned)) return cleaned;
    if (/\s/.test(cleaned)) {
      const last = cleaned.split(/\s+/).pop() ?? "";
      const match = this.bySurname.get(last);
      return match?.startsWith(cleaned.split(/\s+/)[0] ?? "") ? match : null;
    }
    return this.bySurname.get(cleaned) ?? null;
  }

  all(): string[] {
    return [...this.full];
  }
}
