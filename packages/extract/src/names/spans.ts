import type { Token } from "../document/document.ts";
import { isEnglishWord } from "../lexicon/english.ts";
import { ROLE_NOUNS } from "../lexicon/entities.ts";
import { FILM_NOUNS, GENRE_NOUNS } from "../lexicon/film-words.ts";
import { isGivenName } from "../lexicon/names.ts";
import { COMMON_WORDS, MONTHS } from "../lexicon/words.ts";

/**
 * Where a run of capitalised words may be two names rather than one: after a possessive
 * ("Clint Eastwood's | Million Dollar Baby"), at a lower-case connector ("Swank in | Million
 * Dollar Baby", "Shakespeare in Love") or at a conjunction ("Rain Man and | Tootsie").
 */
export interface Joint {
  kind: "possessive" | "connector" | "and";
  /** Token index (in the sentence) of the first token after the left part. */
  leftEnd: number;
  /** Token index of the first word of the right part. */
  rightStart: number;
  /** The connector words, lower case ("in", "of the"); empty for a possessive. */
  words: string;
}

/** A maximal run of capitalised words with what joins them; later cut into names. */
export interface RawSpan {
  first: number;
  /** Token index after the last word (exclusive). */
  last: number;
  joints: Joint[];
  /** Ends in a possessive ("Eastwood's boxing drama"). */
  possessive: boolean;
  /** Its first word opens the sentence, where every word is capitalised. */
  opensSentence: boolean;
  /** Set apart as one title by typography (italics, quotes) or by a lead's grammar: never cut. */
  cue: CueKind | null;
}

/**
 * How a text sets a title apart: markup (italics, `<cite>`), quotation marks (weaker: they also
 * quote articles, songs and sayings), or a lead sentence's subject and its alias.
 */
export type CueKind = "typography" | "quotes" | "lead" | "alias";

/** Token ranges that are one title each: first token → [end (exclusive), kind]. */
export type CueRanges = ReadonlyMap<number, [number, CueKind]>;

// Lower-case words a title or an organisation keeps between capitals. Articles, "of" and
// "and the" stay inside a name unless a part is known to be something else; the others join
// only when nothing says the parts are separate.
const CONNECTORS = new Set(
  "of the a an in on at to for and with from into over upon without under de la le du van von der den da del di des et y vs".split(
    " ",
  ),
);
const ARTICLES = new Set(["the", "a", "an"]);
const DESCRIBING_OPENERS = new Set([
  ...FILM_NOUNS,
  ...GENRE_NOUNS,
  ...ROLE_NOUNS,
  "veteran",
  "legendary",
  "former",
  "late",
]);
const MAX_CONNECTORS = 2;

/** Capitalised, and not a hyphenated adjective with a lower-case part ("Oscar-nominated"). */
export function isCapitalised(t: Token | undefined): boolean {
  if (!t?.word || !t.upper) return false;
  return !/-\p{Ll}/u.test(t.text) || /^\p{Lu}\p{L}*-\p{Lu}/u.test(t.text);
}

/** "R." in "Lewis R. Foster", and the stop of "Jr.", "Sr.", "St.", "Mr.", "Dr." in a name. */
const isInitial = (t: Token | undefined, next: Token | undefined) =>
  !!t &&
  (/^\p{Lu}$/u.test(t.text) || /^(?:Jr|Sr|St|Mr|Mrs|Ms|Dr|Bros|Co|Inc|Ltd|Corp)$/.test(t.text)) &&
  next?.text === "." &&
  next.start === t.end;
const isYear = (t: Token | undefined) => !!t && /^(?:18|19|20)\d\d$/.test(t.text);
const isNumber = (t: Token | undefined) => !!t && /^\p{N}[\p{N}/.,]*$/u.test(t.text);
const NAME_PARTICLES = new Set([
  "von",
  "van",
  "der",
  "de",
  "da",
  "di",
  "del",
  "della",
  "du",
  "le",
  "la",
  "bin",
  "ibn",
]);
const hasPossessive = (t: Token) => /'s$/i.test(t.text);

/** Whether a name may start at token i ("21 Grams" starts at a number; "1986 hit" does not). */
function startsName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (isCapitalised(t) || isInitial(t, tokens[i + 1])) return true;
  const next = tokens[i + 1];
  return (
    isNumber(t) &&
    !isYear(t) &&
    isCapitalised(next) &&
    next?.start === (t?.end ?? 0) + 1 &&
    !MONTHS.has(next?.lower ?? "")
  );
}

/** Whether token j continues a name already started. */
function continuesName(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return isCapitalised(t) || isInitial(t, tokens[j + 1]) || (isNumber(t) && !isYear(t));
}

/** The first word of a sentence is capitalised by position: is it still a name? */
function isOpeningCommonWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  const lower = t.lower.replace(/'s$/, "");
  // "Comedy Meet the Fockers …", "Director Mike Leigh …": a word that describes the name after it.
  if (DESCRIBING_OPENERS.has(lower)) return true;
  if (isGivenName(lower) && isCapitalised(tokens[i + 1])) return false;
  // "The Aviator leads …" keeps its article; "The awards …" is no name.
  if (ARTICLES.has(lower)) return !isCapitalised(tokens[i + 1]);
  return COMMON_WORDS.has(lower);
}

/** A single everyday word opening a sentence ("Road trip comedy …"): a name only if shown to be one. */
export function isCommonOpener(tokens: readonly Token[], span: RawSpan): boolean {
  return span.opensSentence && span.last - span.first === 1 && isEnglishWord(tokens[span.first]?.lower ?? "");
}

/** Index of the first word token of a sentence, after an opening quote or bracket. */
function openingWord(tokens: readonly Token[]): number {
  let i = 0;
  while (i < tokens.length && /^["'([-]$/.test(tokens[i]?.text ?? "")) i++;
  return i;
}

/** A quotation opening inside a sentence starts a sentence of its own: 'X wrote: "We had …"'. */
const opensQuote = (tokens: readonly Token[], i: number) =>
  tokens[i - 1]?.text === '"' && (i < 2 || /^[:,]$/.test(tokens[i - 2]?.text ?? ""));

/**
 * The runs of capitalised words in a sentence, with initials ("Lewis R. Foster"), numerals
 * ("Shrek 2", "21 Grams"), colons ("Mission: Impossible"), possessives ("Dead Man's Shoes") and
 * up to two lower-case connectors between capitals ("Harry Potter and the Prisoner of
 * Azkaban"). One pass over the tokens.
 */
export function rawSpans(tokens: readonly Token[], cues: CueRanges): RawSpan[] {
  const spans: RawSpan[] = [];
  const opening = openingWord(tokens);
  let i = 0;
  while (i < tokens.length) {
    const cue = cues.get(i);
    if (cue) {
      const [last, kind] = cue;
      spans.push({ first: i, last, joints: [], possessive: false, opensSentence: i === opening, cue: kind });
      i = last;
      continue;
    }
    if (!startsName(tokens, i)) {
      i++;
      continue;
    }
    const opensSentence = i === opening || opensQuote(tokens, i);
    if (opensSentence && isOpeningCommonWord(tokens, i)) {
      i++;
      continue;
    }
    const first = i;
    const joints: Joint[] = [];
    let possessive = false;
    let subtitled = false;
    let j = i;
    for (;;) {
      const t = tokens[j];
      if (!t) break;
      j += isInitial(t, tokens[j + 1]) ? 2 : 1;
      const next = tokens[j];
      // "Evans' name": a bare apostrophe after a final s is a possessive.
      const bareApostrophe = next?.text === "'" && next.start === t.end && /s$/i.test(t.text);
      if (hasPossessive(t) || bareApostrophe) {
        const after = bareApostrophe ? j + 1 : j;
        if (continuesName(tokens, after)) {
          joints.push({ kind: "possessive", leftEnd: after, rightStart: after, words: "" });
          j = after;
          continue;
        }
        possessive = true;
        j = after;
        break;
      }
      if (!next || cues.has(j)) break;
      if (continuesName(tokens, j)) continue;
      // "Max von Sydow", "Vincent van Gogh": a name's particle between its capitalised words.
      if (NAME_PARTICLES.has(next.text) && isCapitalised(tokens[j + 1]) && isCapitalised(t)) {
        j++;
        continue;
      }
      // Walter "Wag" Ames: a quoted nickname between a given name and a surname.
      if (
        next.text === '"' &&
        isCapitalised(tokens[j + 1]) &&
        tokens[j + 2]?.text === '"' &&
        isCapitalised(tokens[j + 3])
      ) {
        j += 3;
        continue;
      }
      // "Alan Quill, Jr.": a suffix after a comma is the name's.
      if (next.text === "," && /^(?:Jr|Sr)$/.test(tokens[j + 1]?.text ?? "") && tokens[j + 2]?.text === ".") {
        j += 3;
        break;
      }
      // "Mission: Impossible": a colon between capitals, as titles set it.
      if (next.text === ":" && next.start === t.end && isCapitalised(tokens[j + 1])) {
        subtitled = true;
        j++;
        continue;
      }
      // "Harbour Lights: Part One - The Long Tide": after a subtitle's colon, a spaced dash
      // goes on with the title (a dash in prose sets off a clause, not a capitalised name).
      if (subtitled && next.text === "-" && next.start > t.end && isCapitalised(tokens[j + 1])) {
        j++;
        continue;
      }
      if (next.text === "&" && continuesName(tokens, j + 1)) {
        joints.push({ kind: "and", leftEnd: j, rightStart: j + 1, words: "&" });
        j++;
        continue;
      }
      let k = j;
      while (k - j < MAX_CONNECTORS && CONNECTORS.has(tokens[k]?.lower ?? "") && !tokens[k]?.upper) k++;
      if (k === j || !isCapitalised(tokens[k])) break;
      const words = tokens
        .slice(j, k)
        .map((x) => x.lower)
        .join(" ");
      joints.push({ kind: words === "and" ? "and" : "connector", leftEnd: j, rightStart: k, words });
      j = k;
    }
    const last = possessive ? lastWordEnd(tokens, j) : j;
    // "…, I think": the pronoun is no name.
    const pronounI = last - first === 1 && tokens[first]?.text === "I";
    if (!pronounI) spans.push({ first, last, joints, possessive, opensSentence, cue: null });
    i = Math.max(j, i + 1);
  }
  return spans;
}

/** A possessive span ends before its bare apostrophe. */
function lastWordEnd(tokens: readonly Token[], j: number): number {
  return tokens[j - 1]?.text === "'" ? j - 1 : j;
}
