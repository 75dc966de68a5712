import { regionCode } from "../lexicon/places.ts";
import { COMMON_WORDS, ROLE_TITLES } from "../lexicon/words.ts";
import { isCompanyName, isPersonShaped, personName } from "../mentions/people.ts";
import type { Phrase } from "../mentions/phrases.ts";
import type { SentenceView } from "../text/analysis.ts";
import type { Token } from "../text/tokens.ts";
import { type Context, insideFilm, phraseAt } from "./context.ts";

export interface NamedPerson {
  name: string;
  character: string | null;
  /** Token index just past the name (and its "as Character"). */
  next: number;
}

/** The person a phrase names: a full name (lenient: any two to five capitalised words), or a surname already introduced. */
export function personOf(ctx: Context, phrase: Phrase | undefined, lenient: boolean): string | null {
  if (!phrase || insideFilm(ctx, phrase.start, phrase.end)) return null;
  if (isPersonShaped(phrase, !lenient)) return personName(phrase.text).replace(/'s$/, "");
  if (phrase.words.length <= 2) return ctx.people.resolve(phrase.words.join(" "));
  return null;
}

const CLAUSE_VERBS = new Set([
  "stars",
  "star",
  "plays",
  "played",
  "is",
  "was",
  "has",
  "had",
  "said",
  "says",
  "joins",
  "joined",
  "returns",
  "will",
  "would",
  "who",
  "directs",
  "directed",
  "wrote",
  "writes",
  "produced",
  "produces",
]);
const ROLE_DESCRIPTORS = new Set([
  "star",
  "actor",
  "actors",
  "actress",
  "actresses",
  "sisters",
  "brothers",
  "legends",
  "veterans",
  "newcomer",
  "comedian",
  "singer",
  "player",
  "rapper",
  "model",
  "veteran",
  "legend",
  "icon",
  "wrestler",
  "musician",
  "presenter",
  "host",
]);

/** A word that may describe a cast member before the name: lower-case and no function word, or an acronym. */
// "directed by James Young and starred matinee star Earle Williams": a verb ends the list.
const LIST_BREAKING_VERBS = new Set([
  "starred",
  "starring",
  "stars",
  "played",
  "plays",
  "directed",
  "written",
  "produced",
]);

function isDescriptor(token: Token | undefined): boolean {
  if (!token?.word) return false;
  if (/^\p{Lu}{2,5}$/u.test(token.text)) return true;
  if (token.upper) return false;
  return ROLE_DESCRIPTORS.has(token.lower) || !COMMON_WORDS.has(token.lower);
}

/**
 * A stage name inside a cast list ("starring Madonna and Willem Dafoe", "Queen Latifah, and
 * Chris Wedge reprise"): accepted only where the list's punctuation says it is an item, and
 * when no word of it is a common word or a place. A title word may open it ("Queen").
 */
function mononym(ctx: Context, s: SentenceView, phrase: Phrase | undefined): string | null {
  if (!phrase || phrase.words.length > 2 || insideFilm(ctx, phrase.start, phrase.end)) return null;
  const next = s.tokens[phrase.last];
  if (!next || !(next.text === "," || next.lower === "and")) return null;
  const plain = (word: string, k: number) =>
    (k === 0 && phrase.words.length === 2 && ROLE_TITLES.has(word.toLowerCase())) ||
    !(
      COMMON_WORDS.has(word.toLowerCase()) ||
      regionCode(word) ||
      isCompanyName(word) ||
      !/^\p{Lu}\p{Ll}+$/u.test(word)
    );
  return phrase.words.every(plain) ? phrase.words.join(" ") : null;
}

/** "as Hermione", "as Howard Hughes": a capitalised character name after "as". */
export function characterAfter(s: SentenceView, tokenIndex: number): { name: string; next: number } | null {
  const as = s.tokens[tokenIndex];
  if (as?.lower !== "as") return null;
  const phrase = phraseAt(s, tokenIndex + 1);
  if (!phrase || phrase.possessive) return null;
  return { name: phrase.text, next: phrase.last };
}

/** "Alan Hale, Jr.": a suffix after a comma belongs to the name before it. */
export function withSuffix(s: SentenceView, phrase: Phrase, name: string): { name: string; next: number } {
  const { tokens } = s;
  if (tokens[phrase.last]?.text !== "," || !/^(?:Jr|Sr)$/.test(tokens[phrase.last + 1]?.text ?? ""))
    return { name, next: phrase.last };
  const next = phrase.last + (tokens[phrase.last + 2]?.text === "." ? 3 : 2);
  return { name: `${name}, ${tokens[phrase.last + 1]?.text}.`, next };
}

/**
 * "… as Twohey and Kantor, respectively": the roles listed from a first one up to "respectively",
 * or null when the list does not end so.
 */
function respectiveRoles(
  s: SentenceView,
  first: { name: string; next: number },
): { roles: string[]; next: number } | null {
  const roles = [first.name];
  let i = first.next;
  const tokens = s.tokens;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t?.lower === "respectively") return { roles, next: i + 1 };
    if (t?.text === "," || t?.lower === "and") {
      i++;
      continue;
    }
    const phrase = phraseAt(s, i);
    if (!phrase || phrase.possessive) return null;
    roles.push(phrase.text);
    i = phrase.last;
  }
  return null;
}

const JOINERS = new Set([
  ",",
  "and",
  "&",
  "plus",
  "along",
  "with",
  "as",
  "well",
  "also",
  "including",
  "includes",
  "voices",
  "of",
  "the",
  "such",
  "a",
  "an",
  "cast",
  "ensemble",
  "that",
  "are",
  "is",
  "consisting",
  "alongside",
  ":",
]);

/**
 * A list of people from a cue onwards: "Tom Cruise, Ving Rhames, …, all of whom reprise their
 * roles, along with Hayley Atwell … and Cary Elwes". One clause without names may sit inside
 * the list when the list resumes after it ("along with", "as well as"). A title ends it.
 */
export function peopleList(ctx: Context, s: SentenceView, from: number, lenient = true): NamedPerson[] {
  const out: NamedPerson[] = [];
  const tokens = s.tokens;
  let i = from;
  let skippedClause = false;
  while (i < tokens.length) {
    while (
      i < tokens.length &&
      JOINERS.has(tokens[i]?.lower ?? "") &&
      !(tokens[i]?.lower === "as" && out.length && tokens[i + 1]?.upper)
    )
      i++;
    // "featuring radio comedian Kenny Delmar": a short lower-case descriptor before the name.
    // Also "matinee star Earle Williams", "NBA player Jamaal Wilkes".
    if (tokens[i]?.word) {
      let k = i;
      while (k < i + 3 && isDescriptor(tokens[k]) && !LIST_BREAKING_VERBS.has(tokens[k]?.lower ?? "")) k++;
      // Only a run that ends in a role ("radio comedian", "NBA player"), never a verb ("earned").
      if (k > i && ROLE_DESCRIPTORS.has(tokens[k - 1]?.lower ?? "") && personOf(ctx, phraseAt(s, k), lenient))
        i = k;
    }
    const phrase = phraseAt(s, i);
    if (phrase?.possessive) {
      i = phrase.last;
      continue;
    }
    const name = personOf(ctx, phrase, lenient) ?? mononym(ctx, s, phrase);
    if (!phrase || !name) {
      const nextPhrase = s.phrases.find((p) => p.first > i && p.first <= i + 3 && p.possessive);
      if (phrase && nextPhrase) {
        i = nextPhrase.last;
        continue;
      }
      if (skippedClause || out.length === 0) break;
      const comma = tokens.findIndex((t, k) => k > i && t.text === ",");
      const resume = tokens[comma + 1]?.lower;
      if (comma < 0 || !(resume === "along" || resume === "as" || resume === "plus" || resume === "and"))
        break;
      skippedClause = true;
      i = comma + 1;
      continue;
    }
    // "directed by Ana Ruiz, Tomas Berg stars as …": a name followed by its own verb starts a
    // new clause; it is not the list's next item.
    if (
      out.length > 0 &&
      CLAUSE_VERBS.has(tokens[phrase.last]?.lower ?? "") &&
      tokens[phrase.first - 1]?.text === ","
    )
      break;
    const { name: fullName, next: afterName } = withSuffix(s, phrase, name);
    const character = characterAfter(s, afterName);
    out.push({ name: fullName, character: character?.name ?? null, next: character?.next ?? afterName });
    i = character?.next ?? afterName;
    // "A and B as C and D, respectively": the roles pair with the names in order.
    const respective = character && out.length > 1 ? respectiveRoles(s, character) : null;
    if (respective && respective.roles.length === out.length) {
      out.forEach((p, k) => {
        p.character = respective.roles[k] ?? null;
      });
      i = respective.next;
    }
    // "Chris Evans as Steve Rogers / Captain America": the alter ego belongs to the same role.
    if (character && tokens[i]?.text === "/") i = phraseAt(s, i + 1)?.last ?? i + 1;
    // "Natalie Portman as his wife", "Sophie Vavasseur in the title role": an uncapitalised
    // role runs to the next comma or "and".
    if (
      !character &&
      (tokens[i]?.lower === "as" ||
        (tokens[i]?.lower === "in" &&
          /^(?:the|a|her|his|their) (?:title |lead |leading |starring |supporting )?role\b/.test(
            s.text.slice((tokens[i + 1]?.start ?? 0) - s.start),
          )))
    ) {
      while (i < tokens.length && tokens[i]?.text !== "," && tokens[i]?.lower !== "and") i++;
    }
    const t = tokens[i];
    if (t && !JOINERS.has(t.lower)) break;
  }
  return out;
}

/**
 * A list of people that ends at a cue ("Ray Romano, John Leguizamo and Denis Leary reprise
 * their roles", "… and Richard E. Grant are also featured"): read backwards from the cue.
 */
export function peopleListBefore(ctx: Context, s: SentenceView, cue: number): NamedPerson[] {
  const out: NamedPerson[] = [];
  let end = cue;
  // "A, B, C also star" is a list even without "and".
  let joinedByAnd = /^(also|all|both|each)$/.test(s.tokens[end - 1]?.lower ?? "");
  // "… and Richard E. Grant are also featured": the auxiliary and the adverb sit before the cue.
  while (end > 0 && /^(also|all|both|each|then|are|were)$/.test(s.tokens[end - 1]?.lower ?? "")) end--;
  for (;;) {
    const phrase = s.phrases.find((p) => p.last === end);
    const name = personOf(ctx, phrase, true) ?? (out.length ? mononym(ctx, s, phrase) : null);
    if (!phrase || !name) break;
    out.unshift({ name, character: null, next: phrase.last });
    let k = phrase.first;
    let joined = false;
    while (k > 0 && (s.tokens[k - 1]?.text === "," || s.tokens[k - 1]?.lower === "and")) {
      k--;
      joined = true;
      if (s.tokens[k]?.lower === "and") joinedByAnd = true;
    }
    if (!joined) break;
    end = k;
  }
  // English closes a list with "and": "A, B and C star". Without one, only the last name is
  // the verb's subject ("directed by A, B stars as …").
  return out.length > 1 && !joinedByAnd ? out.slice(-1) : out;
}
