import { MONTHS, WEEKDAYS } from "../lexicon/words.ts";
import { isCapitalised } from "../mentions/phrases.ts";
import type { Token } from "../text/tokens.ts";

// Small words a title may hold between capitalised ones: "Shakespeare in Love", "Hide and Seek".
const TITLE_CONNECTORS = new Set([
  "of",
  "the",
  "and",
  "in",
  "on",
  "at",
  "a",
  "an",
  "to",
  "for",
  "from",
  "with",
  "vs",
  "vs.",
  "de",
  "la",
  "le",
  "or",
  "&",
  "'n'",
]);
const ROMAN = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII)$/;
const ARTICLES = new Set(["the", "a", "an"]);

export interface TitleSpan {
  first: number;
  last: number;
  start: number;
  end: number;
}

/**
 * The longest title that starts at token `first`: capitalised words, numerals, a colon between
 * capitals, small connectors between capitals, a possessive ending (left out) and a closing
 * "?" or "!" glued to the last word ("Are We There Yet?").
 */
export function titleSpanAt(tokens: Token[], first: number, stopAt = tokens.length): TitleSpan | null {
  if (!isCapitalised(tokens[first]) && !/^\p{N}/u.test(tokens[first]?.text ?? "")) return null;
  let j = first;
  let endChar = -1;
  while (j < stopAt) {
    const t = tokens[j];
    if (!t) break;
    const isWord = isCapitalised(t) || /^\p{N}/u.test(t.text) || ROMAN.test(t.text);
    if (!isWord) break;
    endChar = /'s$/i.test(t.text) ? t.end - 2 : t.end;
    j++;
    if (/'s$/i.test(t.text)) {
      // "Monster's Inc" keeps going; "The Aviator's producers" stops before the possessive, and
      // "Hannah Lindqvist's The Glass Orchard" stops because an article opens the next title.
      if (isCapitalised(tokens[j]) && !isCommonNoun(tokens[j]) && !ARTICLES.has(tokens[j]?.lower ?? "")) {
        endChar = t.end;
        continue;
      }
      break;
    }
    const next = tokens[j];
    if (!next) break;
    if ((next.text === "?" || next.text === "!") && next.start === t.end) {
      endChar = next.end;
      j++;
      break;
    }
    if (next.text === ":" && isCapitalised(tokens[j + 1])) {
      j++;
      continue;
    }
    // "Mission: Impossible – Dead Reckoning Part One": a spaced dash inside a title with a colon.
    if (
      next.text === "-" &&
      next.start > t.end &&
      isCapitalised(tokens[j + 1]) &&
      tokens.slice(first, j).some((x) => x.text === ":")
    ) {
      j++;
      continue;
    }
    if (TITLE_CONNECTORS.has(next.lower) && !next.upper) {
      let k = j;
      while (k < stopAt && TITLE_CONNECTORS.has(tokens[k]?.lower ?? "") && !tokens[k]?.upper && k - j < 3)
        k++;
      // "… Part One to July 14": a date after a connector ends the title.
      if (
        isCapitalised(tokens[k]) &&
        !isCommonNoun(tokens[k]) &&
        !MONTHS.has(tokens[k]?.lower ?? "") &&
        !WEEKDAYS.has(tokens[k]?.lower ?? "")
      )
        j = k;
    }
  }
  const start = tokens[first]?.start;
  if (start === undefined || endChar <= start) return null;
  return { first, last: j, start, end: endChar };
}

// Capitalised only because they open a sentence or a clause; never inside a title run.
function isCommonNoun(token: Token | undefined): boolean {
  return !!token && ["I", "He", "She", "It", "They", "We", "You"].includes(token.text);
}
