import type { Token } from "../document/document.ts";

const ANAPHOR_NOUNS = new Set(["film", "movie", "picture", "sequel", "feature"]);

/** The sentence's subject is the film spoken of before: "It …", "Its star …", "The film …". */
export function opensWithAnaphor(tokens: readonly Token[]): boolean {
  if (anaphorAt(tokens, 0)) return true;
  // "According to pundits, the film has …": the subject after an opening phrase.
  if (!OPENING_PREPOSITIONS.has(tokens[0]?.lower ?? "")) return false;
  for (let i = 1; i < Math.min(tokens.length, OPENING_PHRASE); i++)
    if (tokens[i]?.text === ",") return anaphorAt(tokens, i + 1);
  return false;
}

/**
 * "The horror remake, starring …", "The comedy prequel, which …": a kind of film with no title after it
 * speaks of the film told of before. (Words that are also other things — war, crime, action —
 * are left out.)
 */
const KIND_ANAPHORS = new Set(
  `thriller comedy drama horror western musical romance satire melodrama documentary biopic
  blockbuster caper spoof parody chiller whodunnit whodunit romcom rom-com prequel remake`.split(/\s+/),
);
const SERIES_WORDS = new Set(["sequel", "prequel", "remake"]);
/** How many kind words may stand between "the" and what follows ("the horror remake"). */
const KIND_WORDS = 2;

/** How many tokens an opening phrase before a sentence's subject may take ("According to pundits,"). */
export const OPENING_PHRASE = 8;
const OPENING_PREPOSITIONS = new Set([
  "according",
  "in",
  "on",
  "at",
  "after",
  "before",
  "since",
  "for",
  "with",
  "despite",
  "like",
  "unlike",
  "meanwhile",
]);

function anaphorAt(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i]?.lower ?? "";
  if (first === "it" || first === "its") return true;
  if (first !== "the" && first !== "this") return false;
  if (ANAPHOR_NOUNS.has(tokens[i + 1]?.lower ?? "")) return true;
  let k = i + 1;
  while (k <= i + KIND_WORDS && KIND_ANAPHORS.has(tokens[k]?.lower ?? "")) k++;
  // "The horror remake, …" points back; "The documentary, …" may be another film than the one
  // told of before, so only a word for a film's place in a series ends the phrase. A title after
  // the kind words names another film ("The horror remake Night Ferry 2 …").
  return k > i + 1 && SERIES_WORDS.has(tokens[k - 1]?.lower ?? "") && tokens[k]?.upper !== true;
}
