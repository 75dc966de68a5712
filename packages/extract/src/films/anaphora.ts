import type { Token } from "../document/document.ts";

const ANAPHOR_NOUNS = new Set(["film", "movie", "picture", "sequel", "feature"]);

/** The sentence's subject is the film spoken of before: "It …", "Its star …", "The film …". */
export function opensWithAnaphor(tokens: readonly Token[]): boolean {
  if (anaphorAt(tokens, 0)) return true;
  // "According to pundits, the film has …": the subject after an opening phrase.
  const comma = tokens.findIndex((t, i) => i < OPENING_PHRASE && t.text === ",");
  return comma > 0 && OPENING_PREPOSITIONS.has(tokens[0]?.lower ?? "") && anaphorAt(tokens, comma + 1);
}

const OPENING_PHRASE = 8;
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
  return (first === "the" || first === "this") && ANAPHOR_NOUNS.has(tokens[i + 1]?.lower ?? "");
}
