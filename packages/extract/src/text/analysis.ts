import { findPhrases, type Phrase } from "../mentions/phrases.ts";
import { type Sentence, splitSentences } from "./sentences.ts";
import { type Token, tokenize } from "./tokens.ts";

export interface SentenceView extends Sentence {
  text: string;
  tokens: Token[];
  phrases: Phrase[];
}

/** The article split into sentences, each with its tokens and capitalised phrases. */
export function analyse(text: string): SentenceView[] {
  return splitSentences(text).map((s) => {
    const tokens = tokenize(text, s.start, s.end);
    return { ...s, text: text.slice(s.start, s.end), tokens, phrases: findPhrases(text, tokens) };
  });
}
