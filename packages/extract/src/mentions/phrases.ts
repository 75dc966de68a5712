import { GIVEN_NAMES } from "../lexicon/names.ts";
import { COMMON_WORDS } from "../lexicon/words.ts";
import type { Token } from "../text/tokens.ts";

/** A run of capitalised words: a candidate name of a person, film, company or place. */
export interface Phrase {
  /** Token indices in the sentence, end exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** Followed by a possessive ('s or a bare apostrophe), which is not part of `text`. */
  possessive: boolean;
  words: string[];
}

// Only connectors that rarely join two separate names; titles get wider ones from their cues.
const CONNECTORS = new Set([
  "of",
  "the",
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
  "vs",
]);

/** Capitalised, and not a hyphenated adjective with a lower-case part ("Oscar-nominated"). */
export function isCapitalised(token: Token | undefined): boolean {
  if (!token?.word) return false;
  if (!token.upper) return false;
  return !/-\p{Ll}/u.test(token.text) || /^[\p{Lu}][\p{L}]*-[\p{Lu}]/u.test(token.text);
}

// "R." in "Lewis R. Foster", "St." in "Al St. John" or "St. Louis", and the stop after "Jr."
// or "Sr." at the end of a name.
const isInitial = (t: Token | undefined, next: Token | undefined) =>
  !!t && (/^\p{Lu}$/u.test(t.text) || /^(?:Jr|Sr|St)$/.test(t.text)) && next?.text === ".";
const stripPossessive = (word: string) => word.replace(/'s$/i, "");

/**
 * Proper-noun phrases of a sentence: capitalised words, with initials ("Lewis R. Foster"),
 * numerals and colons inside titles ("Mission: Impossible 7"), and lower-case connectors
 * between capitals ("Shakespeare in Love", "Theo van Gogh"). A capitalised common word that
 * opens the sentence ("Starring", "Director") is left out.
 */
export function findPhrases(text: string, tokens: Token[]): Phrase[] {
  const phrases: Phrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!isCapitalised(t) && !isInitial(t, tokens[i + 1])) {
      i++;
      continue;
    }
    const atStart = i === 0 || (i === 1 && /^["'(]$/.test(tokens[0]?.text ?? ""));
    const givenName = t && GIVEN_NAMES.has(t.lower) && isCapitalised(tokens[i + 1]);
    if (
      atStart &&
      t &&
      COMMON_WORDS.has(stripPossessive(t.lower)) &&
      !givenName &&
      !isInitial(t, tokens[i + 1])
    ) {
      i++;
      continue;
    }
    const first = i;
    let j = i;
    let possessive = false;
    while (j < tokens.length) {
      const cur = tokens[j];
      if (!cur) break;
      if (isInitial(cur, tokens[j + 1])) {
        j += 2;
        continue;
      }
      if (!isCapitalised(cur) && !(j > first && /^\p{N}+$/u.test(cur.text))) break;
      if (/'s$/i.test(cur.text)) {
        possessive = true;
        j++;
        break;
      }
      j++;
      const next = tokens[j];
      if (
        next?.text === "'" &&
        /s$/.test(cur.text) &&
        (tokens[j + 1]?.word ?? false) &&
        next.start === cur.end
      ) {
        possessive = true;
        j++;
        break;
      }
      // Charles "Chic" Sale: a quoted nickname between a given name and a surname.
      if (
        next &&
        /^["“]$/.test(next.text) &&
        next.start > cur.end &&
        isCapitalised(tokens[j + 1]) &&
        /^["”]$/.test(tokens[j + 2]?.text ?? "") &&
        isCapitalised(tokens[j + 3]) &&
        (tokens[j + 3]?.start ?? 0) > (tokens[j + 2]?.end ?? 0)
      ) {
        j += 3;
        continue;
      }
      // "Mission: Impossible" — a colon between capitals stays inside a title.
      if (next?.text === ":" && isCapitalised(tokens[j + 1]) && tokens[j + 1]?.start === next.end + 1) {
        j++;
        continue;
      }
      if (next && CONNECTORS.has(next.lower) && !next.upper) {
        let k = j;
        while (k < tokens.length && CONNECTORS.has(tokens[k]?.lower ?? "") && !tokens[k]?.upper && k - j < 2)
          k++;
        if (isCapitalised(tokens[k])) j = k;
      }
    }
    let last = j;
    const lastToken = tokens[last - 1];
    if (possessive && lastToken?.text === "'") last--;
    const startToken = tokens[first];
    const endToken = tokens[last - 1];
    if (startToken && endToken) {
      let end = endToken.end;
      if (/'s$/i.test(endToken.text)) end -= 2;
      phrases.push({
        first,
        last: j,
        start: startToken.start,
        end,
        text: text.slice(startToken.start, end),
        possessive,
        words: tokens
          .slice(first, last)
          .filter((x) => x.word)
          .map((x) => stripPossessive(x.text)),
      });
    }
    i = Math.max(j, i + 1);
  }
  return phrases;
}
