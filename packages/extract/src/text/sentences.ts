import { ABBREVIATIONS, COMMON_WORDS } from "../lexicon/words.ts";

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Index of the paragraph (blank-line separated block) the sentence belongs to. */
  paragraph: number;
}

const CLOSERS = new Set(['"', "'", ")", "]"]);

/** Places written as dotted initials; a personal name's initials ("T.J. Miller") are not. */
const PLACE_ABBREVIATIONS = new Set(["D.C", "U.S", "U.K", "U.S.A", "L.A", "N.Y", "N.Y.C", "E.U", "U.N"]);

const COMPANY_ABBREVIATIONS = new Set(["bros", "inc", "ltd", "co", "corp", "mfg"]);
const COMPANY_CONTINUATIONS = new Set(
  "pictures entertainment animation television studios records films home family interactive distribution co inc ltd corp".split(
    " ",
  ),
);

/**
 * "a 1964 Warner Bros. Looney Tunes cartoon": a company name after an article or a year
 * modifies the noun phrase that goes on after it; the sentence does too.
 */
function modifiesNoun(text: string, abbreviationStart: number): boolean {
  const words = text
    .slice(Math.max(0, abbreviationStart - 60), abbreviationStart)
    .split(/\s+/)
    .filter(Boolean);
  let k = words.length - 1;
  while (k >= 0 && words.length - k <= 3 && /^\p{Lu}/u.test(words[k] ?? "")) k--;
  return k < words.length - 1 && /^(?:a|an|the|\d{4})$/i.test(words[k] ?? "");
}

/** Whether the full stop at `dot` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i] ?? "")) i--;
  const word = text.slice(i + 1, dot);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // an initial: "Lewis R. Foster"
  // "U.S", "D.C": inside a sentence, unless the next word opens one ("in the U.S. The film …")
  // or a place ends in apposition ("Washington, D.C. Waltz stars …"). "P.S. I Love You" goes on.
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) {
    const next = /^\.\s+(\p{L}+)/u.exec(text.slice(dot, dot + 24))?.[1]?.toLowerCase() ?? "";
    const opens = next.length > 1 && COMMON_WORDS.has(next);
    const placeInApposition =
      PLACE_ABBREVIATIONS.has(word.toUpperCase()) && /,\s$/.test(text.slice(Math.max(0, i - 1), i + 1));
    return !opens && !placeInApposition;
  }
  // "… released by Warner Bros. Lena Vik will play …": a company's abbreviation ends a sentence
  // unless the company's name goes on ("Warner Bros. Pictures").
  if (COMPANY_ABBREVIATIONS.has(word.toLowerCase())) {
    const next = /^\.\s+(\p{L}+)/u.exec(text.slice(dot, dot + 24))?.[1]?.toLowerCase() ?? "";
    return (
      next === "" ||
      COMPANY_CONTINUATIONS.has(next) ||
      !/^\p{Lu}/u.test(text[dot + 2] ?? "") ||
      modifiesNoun(text, i + 1)
    );
  }
  // "… the young Peter Hale, Jr. Directed by Ira Moss, it …": a name's suffix ends a sentence
  // when what follows opens one (an everyday word, or a word before a lower-case one).
  if (word === "Jr" || word === "Sr") {
    const m = /^\.\s+(\p{Lu}\p{L}*)\s+(\S)/u.exec(text.slice(dot, dot + 40));
    if (!m) return true;
    const next = m[1]?.toLowerCase() ?? "";
    return !(COMMON_WORDS.has(next) || /^\p{Ll}/u.test(m[2] ?? ""));
  }
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Sentences by punctuation and layout: a line break always ends one; `.`, `!` or `?` ends one
 * when followed by a space and a capital, a digit or an opening quote, unless the full stop
 * closes an abbreviation or an initial.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e, paragraph });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") {
      push(i);
      start = i + 1;
      if (text[i + 1] === "\n") paragraph++;
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let j = i + 1;
    while (j < text.length && (text[j] === "." || text[j] === "!" || text[j] === "?")) j++;
    while (j < text.length && CLOSERS.has(text[j] ?? "")) j++;
    if (text[j] !== " ") continue;
    const next = text[j + 1] ?? "";
    if (!/[\p{Lu}\p{N}"'(]/u.test(next)) continue;
    if (ch === "." && j === i + 1 && isAbbreviation(text, i)) continue;
    push(j);
    start = j + 1;
    i = j;
  }
  push(text.length);
  return sentences;
}
