import type { TitleCue } from "../input/index.ts";
import { splitSentences } from "../text/sentences.ts";
import { type Token, tokenize } from "./tokens.ts";

export type { Token } from "./tokens.ts";

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /**
   * Every word capitalised ("Parachuting Star Surprises Hikers"): a headline or a page's
   * furniture, where capitals say nothing about names.
   */
  titleCase: boolean;
}

/** The first layer of an article: its normalised text cut into sentences and tokens. */
export interface Doc {
  text: string;
  headline: string | null;
  publishedAt: Date | null;
  sentences: Sentence[];
  /** Spans the markup set apart as titles (italics, `<cite>`, emphasis). */
  titleCues: TitleCue[];
}

const SHORT_FUNCTION_WORDS = new Set(["with", "from", "into", "over", "than", "that", "upon", "onto"]);

function isTitleCase(text: string, tokens: Token[]): boolean {
  let words = 0;
  let lowerWords = false;
  for (const t of tokens) {
    if (!t.word || !/\p{L}/u.test(t.text)) continue;
    words++;
    if (!t.upper && t.text.length >= 4 && !SHORT_FUNCTION_WORDS.has(t.lower)) return false;
    if (!t.upper) lowerWords = true;
  }
  // "X is out on DVD." ends like prose: a full stop after lower-case words is a sentence.
  return words >= 5 && !(lowerWords && /[.!?]["')]?$/.test(text));
}

export function buildDoc(
  text: string,
  headline: string | null,
  publishedAt: Date | null,
  titleCues: TitleCue[],
): Doc {
  const sentences = splitSentences(text).map((s): Sentence => {
    const tokens = tokenize(text, s.start, s.end);
    const sentenceText = text.slice(s.start, s.end);
    return { ...s, text: sentenceText, tokens, titleCase: isTitleCase(sentenceText, tokens) };
  });
  return { text, headline, publishedAt, sentences, titleCues };
}

/** The sentence holding a character offset, by binary search. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
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
