import type { Sentence, Token } from "../document/document.ts";
import { FILM_NOUNS, GENRE_NOUNS } from "../lexicon/film-words.ts";
import { ABBREVIATIONS } from "../lexicon/words.ts";

const COPULAS = new Set(["is", "was"]);
const PRONOUNS = new Set(["it", "this", "that", "he", "she", "they", "there"]);
const ARTICLES = new Set(["a", "an", "the"]);
const SMALL_WORDS = new Set(
  "of the a an and in on at to for with from by as into over under upon without up out off is vs or nor but & 'n' n' n o".split(
    " ",
  ),
);
const ALIAS_CUES = [
  ["also", "known", "as"],
  ["previously", "entitled"],
  ["previously", "titled"],
  ["previously", "known", "as"],
  ["formerly", "known", "as"],
  ["formerly", "titled"],
  ["originally", "entitled"],
  ["originally", "released", "as"],
  ["also", "called"],
  ["also", "released", "as"],
  ["aka"],
  ["originally", "titled"],
  ["released", "as"],
  ["known", "as"],
  ["also", "titled"],
];
/** How far into a sentence a lead's verb may be, and its film noun after the verb. */
const MAX_SUBJECT = 30;
const MAX_DESCRIPTION = 16;

/** The full stop at k closes an abbreviation ("Bros.", "alt.") or an initial ("6 A.M.", "G."). */
function isAbbreviationAt(t: readonly Token[], k: number): boolean {
  const before = t[k - 1];
  return (
    ABBREVIATIONS.has(before?.lower ?? "") || before?.lower === "alt" || /^\p{Lu}$/u.test(before?.text ?? "")
  );
}

/** What a lead sentence sets apart: its title, an alias of it, and the description between. */
export interface Lead {
  title: [number, number];
  alias: [number, number] | null;
  /** Token range of "a 2009 American … film": its capitalised words describe, they name nothing. */
  description: [number, number];
}

/**
 * An encyclopedia lead ("Brothers is a 2009 American drama film directed by …") defines its
 * subject as a film: the words before "is a" / "was an" are one title, whatever their shape,
 * when a film noun follows within the description. "The Lost Bridegroom a 1916 American silent
 * comedy film …", a lead that lost its verb, counts when a year follows the article.
 */
export function leadOf(s: Sentence): Lead | null {
  if (s.index > 2) return null;
  const t = s.tokens;
  if (!/^["']?[\p{Lu}\p{N}]/u.test(t[0]?.text ?? "")) return null;
  // "It is a 2009 film": a pronoun is no title; "This Is the Night is a …" is.
  if (PRONOUNS.has(t[0]?.lower ?? "") && COPULAS.has(t[1]?.text ?? "")) return null;
  for (let k = 1; k < Math.min(t.length - 1, MAX_SUBJECT); k++) {
    const word = t[k]?.text ?? "";
    const abbreviation = word === "." && isAbbreviationAt(t, k);
    if ((word === "." && !abbreviation) || word === ";") return null;
    // Lower case: "This Is the Night is a …" keeps its capitalised "Is".
    const copula = COPULAS.has(word) && ARTICLES.has(t[k + 1]?.lower ?? "");
    const verbless =
      s.index === 0 && (word === "a" || word === "an") && /^(?:18|19|20)\d\d$/.test(t[k + 1]?.text ?? "");
    if (!copula && !verbless) continue;
    const from = copula ? k + 2 : k + 1;
    const filmWord = describedFilmAt(t, from);
    if (filmWord < 0) return null;
    const subject = subjectRanges(t, k);
    return subject ? { ...subject, description: [from, filmWord + 1] } : null;
  }
  return null;
}

/**
 * Index of the word a description ends in, or -1: its last film noun ("a 1982 American comedy
 * thriller Metrocolor film"), else its first genre noun.
 */
function describedFilmAt(t: readonly Token[], from: number): number {
  let genre = -1;
  let film = -1;
  let dated = false;
  for (let j = from; j < Math.min(t.length, from + MAX_DESCRIPTION); j++) {
    const token = t[j];
    // "a 1938 Warner Bros. film": the full stop of an abbreviation does not end the description.
    const abbreviation = token?.text === "." && isAbbreviationAt(t, j);
    if (!token || ((token.text === "." || token.text === ";") && !abbreviation)) break;
    if (FILM_NOUNS.has(token.lower)) film = j;
    else if (GENRE_NOUNS.has(token.lower) && genre < 0) genre = j;
    // "a 1929 love story": a dated story is a film in a film encyclopedia's lead.
    else if ((token.lower === "story" || token.lower === "tale") && genre < 0 && dated) genre = j;
    if (/^(?:18|19|20)\d\d$/.test(token.text)) dated = true;
    else if (film >= 0 && token.word && !token.upper) break;
  }
  return film >= 0 ? film : genre;
}

/** The subject before the verb at k, without a bracket after it, split at an alias. */
function subjectRanges(t: readonly Token[], k: number): Pick<Lead, "title" | "alias"> | null {
  let end = k;
  let bracketNamesAlternative = false;
  // "If You Could Only Cook (1935) is a …": the bracket is no part of the title.
  if (t[end - 1]?.text === ")") {
    let open = end - 1;
    while (open > 0 && t[open]?.text !== "(") open--;
    if (open > 0) {
      bracketNamesAlternative = t
        .slice(open, end)
        .some((x) => /^(?:alt|alternative|alternate)$/.test(x.lower));
      end = open;
    }
  }
  // "Night Ferry or The Last Crossing (alt. title) is a …": the bracket says "or" gives an alias.
  const or = bracketNamesAlternative ? t.findIndex((x, i) => i > 0 && i < end && x.lower === "or") : -1;
  if (or > 0 && titleShaped(t, 0, or) && titleShaped(t, or + 1, end))
    return { title: [0, or], alias: [or + 1, end] };
  if (t[end - 1]?.text === ",") end--;
  const alias = aliasAt(t, end);
  if (!alias && t.some((x, i) => i < end && x.text === "," && /^\p{Ll}/u.test(t[i + 1]?.text ?? "")))
    return null;
  if (alias) {
    if (!titleShaped(t, 0, alias.titleEnd)) return null;
    const aliasEnd = t[end - 1]?.text === "," ? end - 1 : end;
    return {
      title: [0, alias.titleEnd],
      alias: titleShaped(t, alias.aliasStart, aliasEnd) ? [alias.aliasStart, aliasEnd] : null,
    };
  }
  // "The Passion of the Christ, Mel Gibson's controversial film, was …": an apposition ends the title.
  const comma = t.findIndex((x, i) => i < end && x.text === ",");
  if (comma > 0 && !titleShaped(t, 0, end)) end = comma;
  return titleShaped(t, 0, end) ? { title: [0, end], alias: null } : null;
}

/**
 * "X, also known as Y", "X, released in the UK as Y": where the title ends and the alias starts.
 * (A clause before the subject, "Distributed by X, it is …", is no title: see the caller.)
 */
function aliasAt(t: readonly Token[], end: number): { titleEnd: number; aliasStart: number } | null {
  for (let c = 1; c < end; c++) {
    if (t[c]?.text !== ",") continue;
    for (const cue of ALIAS_CUES) {
      if (cue.every((w, i) => t[c + 1 + i]?.lower === w))
        return { titleEnd: c, aliasStart: c + 1 + cue.length };
    }
    // "released in the UK as", "known in France as": a region between the verb and "as".
    const verb = t[c + 1]?.lower ?? "";
    if (verb === "released" || verb === "known" || verb === "retitled") {
      for (let k = c + 2; k < Math.min(end, c + 7); k++)
        if (t[k]?.lower === "as") return { titleEnd: c, aliasStart: k + 1 };
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
  return (
    lowerWords === 0 &&
    (t[a]?.upper === true || /^\p{N}/u.test(t[a]?.text ?? "") || /^["']$/.test(t[a]?.text ?? ""))
  );
}
