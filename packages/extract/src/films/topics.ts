import type { Doc, Sentence, Token } from "../document/document.ts";
import { opensWithAnaphor } from "./anaphora.ts";
import type { Film, FilmsLayer } from "./films.ts";

/** The film each sentence is about, for what a sentence says without naming it. */
export interface Topics {
  /** By sentence index: the film a statement without a title refers to, or null. */
  ofSentence: (Film | null)[];
}

/** Words before a film that make it another film's relative: "the sequel to X", "based on X". */
const RELATIVE_CUES = new Set([
  "sequel to",
  "prequel to",
  "remake of",
  "follow-up to",
  "based on",
  "spin-off of",
  "version of",
  "adaptation of",
  "sequel of",
]);
/** How far before a title its relative cue may be: "a remake of Kiyoshi Kurosawa's 2001 Japanese horror film X". */
const RELATIVE_REACH = 9;
const CLAUSE_BREAKS = new Set([",", ";", ":", ".", "and", "but", "while"]);
/** "Ruiz, whose earlier film X premiered …": a film in a relative clause is an aside. */
const RELATIVE_PRONOUNS = new Set(["whose", "who", "which"]);

const PART_NOUNS = new Set(["role", "part", "character"]);
const PERSONAL = new Set(["he", "she", "they"]);

/** The film named at token `first` of the sentence is another film's relative ("a sequel to the 2017 film X"). */
export function isRelative(tokens: readonly Token[], first: number): boolean {
  return relativeCueBefore(tokens, first, true);
}

/** The film named at token `first` is what another film follows: "the sequel to X". */
export function isFollowedBy(tokens: readonly Token[], first: number): boolean {
  return relativeCueBefore(tokens, first, false, SEQUEL_CUES);
}

/** Cues of another film in the same series (a version or remake may share the title). */
const SEQUEL_CUES = new Set(["sequel to", "prequel to", "follow-up to", "sequel of", "spin-off of"]);

function relativeCueBefore(
  tokens: readonly Token[],
  first: number,
  asides: boolean,
  cues: ReadonlySet<string> = RELATIVE_CUES,
): boolean {
  for (let k = first - 1; k >= Math.max(1, first - RELATIVE_REACH); k--) {
    if (CLAUSE_BREAKS.has(tokens[k]?.lower ?? "")) return false;
    if (asides && RELATIVE_PRONOUNS.has(tokens[k]?.lower ?? "")) return true;
    if (cues.has(`${tokens[k - 1]?.lower ?? ""} ${tokens[k]?.lower ?? ""}`)) return true;
    // "joins as Vale, the role she played in X": a part's earlier film, in a clause without "that".
    if (asides && PART_NOUNS.has(tokens[k - 1]?.lower ?? "") && PERSONAL.has(tokens[k]?.lower ?? ""))
      return true;
  }
  return false;
}

/**
 * What a sentence is about: the first film it names (news copy puts its subject first), else
 * whatever the sentence before was about — "The film …", "It …", "Payne was named best
 * director" continue the story — else the article's main film (named in the headline, or most
 * often). A film named as another's relative ("It is the sequel to X") does not take over. In
 * an article that opens with a lead ("X is a 2009 film …") the lead's film stays the subject
 * unless another film opens a sentence.
 */
export function findTopics(doc: Doc, layer: FilmsLayer): Topics {
  const firstFilm = new Map<number, { film: Film; at: number }>();
  for (const film of layer.films)
    for (const m of film.mentions) {
      if (isRelative(doc.sentences[m.sentence]?.tokens ?? [], m.first)) continue;
      const known = firstFilm.get(m.sentence);
      if (!known || m.first < known.at) firstFilm.set(m.sentence, { film, at: m.first });
    }
  const lead = layer.films.find((f) => f.mentions.some((m) => m.cue === "lead"));
  const focus = lead ?? mainFilm(doc, layer);
  const ofSentence: (Film | null)[] = [];
  // Before any film is named, a sentence is about the main film only if the headline named it or
  // the sentence points back to it ("The film …"): an obituary's "X starred in nine of the Y
  // films, alongside Z" is about none of the films named further down.
  const named0 = focus && (lead !== undefined || inHeadline(doc, focus)) ? focus : null;
  let current: Film | null = named0;
  const mentioned = new Set(layer.films.flatMap((f) => f.mentions.map((m) => m.sentence)));
  for (const s of doc.sentences) {
    const named = firstFilm.get(s.index);
    if (current === null && (mentioned.has(s.index) || opensWithAnaphor(s.tokens))) current = focus;
    // "The film, which stars …, knocked X into second place": X is the object, not the subject.
    const keeps = current !== null && opensWithAnaphor(s.tokens) && named && !opensSentence(s, named.at);
    if (named && !keeps && (!lead || opensSentence(s, named.at))) current = named.film;
    ofSentence.push(current);
  }
  return { ofSentence };
}

/** The name at token `at` is the sentence's first word (after an article). */
function opensSentence(s: Sentence, at: number): boolean {
  return at === 0 || (at === 1 && /^(?:the|a|an)$/.test(s.tokens[0]?.lower ?? ""));
}

const inHeadline = (doc: Doc, film: Film) =>
  doc.headline !== null && film.mentions.some((m) => m.sentence === 0);

/** The film an article is mostly about: named in the headline, else named most often. */
function mainFilm(doc: Doc, layer: FilmsLayer): Film | null {
  let best: Film | null = null;
  let bestScore = 0;
  for (const film of layer.films) {
    const inHeadline = film.mentions.some((m) => m.sentence === 0 && doc.headline !== null);
    const score = film.mentions.length + (inHeadline ? 3 : 0);
    if (score > bestScore) {
      best = film;
      bestScore = score;
    }
  }
  return best;
}
