import type { Phrase } from "../mentions/phrases.ts";
import type { SentenceView } from "../text/analysis.ts";

/** One place an article marks a capitalised phrase as a title, and how strongly. */
export interface TitleEvidence {
  title: string;
  start: number;
  end: number;
  sentence: number;
  score: number;
  cue: string;
  year?: number;
}

/** Records title evidence for the span [start, end) of a sentence. */
export type Add = (
  s: SentenceView,
  start: number,
  end: number,
  score: number,
  cue: string,
  year?: number,
) => void;

/** The score of a lead sentence's subject: the strongest evidence an article gives. */
export const LEAD_SCORE = 0.95;

/** A bare phrase for a piece of text, so name tests can run on any span. */
export function asPhrase(text: string): Phrase {
  const words = text.split(/\s+/).filter(Boolean);
  return { first: 0, last: words.length, start: 0, end: text.length, text, possessive: false, words };
}

/**
 * Cues that make a title on their own, even of a phrase shaped like a person's name ("Vera
 * Drake"): typography, an encyclopedia lead, a year, a film noun before it, a credit, a maker's
 * possessive ("owner:"), an award list, a role's film, a studio as subject, a box-office name.
 */
const STRONG_CUE =
  /^(?:typography|lead|year-|cue:|credit:|credited-appositive|worked-on|owner:|studio-subject|award-for|award-list|role-as-in|latest|box-office-name)/;
export const isStrongCue = (cue: string): boolean => STRONG_CUE.test(cue);
