import { findPhrases, type Phrase } from "../mentions/phrases.ts";
import { type Sentence, splitSentences } from "./sentences.ts";
import { type Token, tokenize } from "./tokens.ts";

export interface SentenceView extends Sentence {
  text: string;
  tokens: Token[];
  phrases: Phrase[];
  /** A Title Case line ("Parachuting Star Surprises Hikers") carries no capitalisation signal. */
  titleCase: boolean;
}

const SHORT_FUNCTION_WORDS = new Set(["with", "from", "into", "over", "than", "that", "upon", "onto"]);

/** Every word but short function words is capitalised. */
function isTitleCase(tokens: Token[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (!t.word || !/\p{L}/u.test(t.text)) continue;
    words++;
    if (!t.upper && t.text.length >= 4 && !SHORT_FUNCTION_WORDS.has(t.lower)) return false;
  }
  return words >= 5;
}

/** The article split into sentences, each with its tokens and capitalised phrases. */
export function analyse(text: string): SentenceView[] {
  return splitSentences(text).map((s) => {
    const tokens = tokenize(text, s.start, s.end);
    return {
      ...s,
      text: text.slice(s.start, s.end),
      tokens,
      phrases: findPhrases(text, tokens),
      // A sentence that ends in a full stop and has lower-case words ("X is out on DVD.") is prose.
      titleCase:
        isTitleCase(tokens) &&
        !(
          /[.!?]["')]?$/.test(text.slice(s.start, s.end)) &&
          tokens.some((t) => t.word && !t.upper && /\p{L}/u.test(t.text))
        ),
    };
  });
}

/** The sentence holding a character offset, by binary search; undefined between sentences. */
export function sentenceAt(sentences: SentenceView[], offset: number): SentenceView | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

const tokenStarts = new WeakMap<SentenceView, Map<number, number>>();

/** The index of the token that starts at a character offset, or -1 (indexed once per sentence). */
export function tokenIndexAt(s: SentenceView, offset: number): number {
  let index = tokenStarts.get(s);
  if (!index) {
    index = new Map(s.tokens.map((t, i) => [t.start, i]));
    tokenStarts.set(s, index);
  }
  return index.get(offset) ?? -1;
}
