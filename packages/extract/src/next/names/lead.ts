import { FILM_NOUNS, GENRE_NOUNS } from "../../lexicon/film-words.ts";
import type { Sentence, Token } from "../document/document.ts";

const COPULAS = new Set(["is", "was"]);
const ARTICLES = new Set(["a", "an", "the"]);
const SMALL_WORDS = new Set(["of", "the", "a", "an", "and", "in", "on", "at", "to", "for", "with", "from", "is", "vs", "or", "&"]);
const ALIAS_CUES = [
  ["also", "known", "as"],
  ["aka"],
  ["originally", "titled"],
  ["released", "as"],
  ["known", "as"],
  ["also", "titled"],
];
/** How far into a sentence a lead's verb may be, and its film noun after the verb. */
const MAX_SUBJECT = 30;
const MAX_DESCRIPTION = 16;

const isFilmWord = (t: Token | undefined) => !!t && (FILM_NOUNS.has(t.lower) || GENRE_NOUNS.has(t.lower));

/**
 * An encyclopedia lead ("Brothers is a 2009 American drama film directed by …") defines its
 * subject as a film: the words before "is a" / "was an" are one title, whatever their shape,
 * when a film noun follows within the description. Returns token ranges: the title, then any
 * alias given in apposition ("X, also known as Y, is a …").
 */
export function leadSubjects(s: Sentence): [number, number][] {
  if (s.index > 2) return [];
  const t = s.tokens;
  if (!/^["']?[\p{Lu}\p{N}]/u.test(t[0]?.text ?? "")) return [];
  for (let k = 1; k < Math.min(t.length - 1, MAX_SUBJECT); k++) {
    const word = t[k]?.lower ?? "";
    if (word === "." || word === ";") return [];
    if (!COPULAS.has(word) || !ARTICLES.has(t[k + 1]?.lower ?? "")) continue;
    if (!describesFilm(t, k + 2)) return [];
    return subjectRanges(t, k);
  }
  return [];
}

function describesFilm(t: readonly Token[], from: number): boolean {
  for (let j = from; j < Math.min(t.length, from + MAX_DESCRIPTION); j++) {
    const token = t[j];
    if (!token || token.text === "." || token.text === ";") return false;
    if (isFilmWord(token)) return true;
  }
  return false;
}

/** The subject before the verb at k, without a bracket after it, split at an alias. */
function subjectRanges(t: readonly Token[], k: number): [number, number][] {
  let end = k;
  // "If You Could Only Cook (1935) is a …": the bracket is no part of the title.
  if (t[end - 1]?.text === ")") {
    let open = end - 1;
    while (open > 0 && t[open]?.text !== "(") open--;
    if (open > 0) end = open;
  }
  if (t[end - 1]?.text === ",") end--;
  const alias = aliasAt(t, end);
  if (alias) return [[0, alias.titleEnd], [alias.aliasStart, end]].filter(([a, b]) => titleShaped(t, a ?? 0, b ?? 0)) as [
    number,
    number,
  ][];
  // "The Passion of the Christ, Mel Gibson's controversial film, was …": an apposition ends the title.
  const comma = t.findIndex((x, i) => i < end && x.text === ",");
  if (comma > 0 && !titleShaped(t, 0, end)) end = comma;
  return titleShaped(t, 0, end) ? [[0, end]] : [];
}

/** "X, also known as Y": where the title ends and the alias starts. */
function aliasAt(t: readonly Token[], end: number): { titleEnd: number; aliasStart: number } | null {
  for (let c = 1; c < end; c++) {
    if (t[c]?.text !== ",") continue;
    for (const cue of ALIAS_CUES) {
      if (cue.every((w, i) => t[c + 1 + i]?.lower === w)) return { titleEnd: c, aliasStart: c + 1 + cue.length };
    }
  }
  return null;
}

/** Every word capitalised but the small ones a title leaves in lower case. */
function titleShaped(t: readonly Token[], a: number, b: number): boolean {
  if (b <= a || b - a > 20) return false;
  let lowerWords = 0;
  for (let i = a; i < b; i++) {
    const x = t[i];
    if (!x?.word) continue;
    if (!x.upper && !/^\p{N}/u.test(x.text) && !SMALL_WORDS.has(x.lower)) lowerWords++;
  }
  return lowerWords === 0 && (t[a]?.upper === true || /^\p{N}/u.test(t[a]?.text ?? "") || /^["']$/.test(t[a]?.text ?? ""));
}
