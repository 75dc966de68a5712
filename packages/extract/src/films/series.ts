import type { Doc } from "../document/document.ts";
import { NUMBER_WORDS } from "../lexicon/words.ts";
import type { NamesLayer } from "../names/names.ts";
import { type Film, type FilmsLayer, titleKey } from "./films.ts";

/** A film's place in a series, and the sentence and rule that placed it. */
export interface SeriesPlace {
  franchise: string;
  installment: number | null;
  sentence: number;
  rule:
    | "franchise.numbered-title"
    | "franchise.former-numbered-title"
    | "franchise.series-noun"
    | "franchise.subtitle";
}

const ROMAN: Record<string, number> = { II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };
/** "Night Ferry 2", "Halloween II", "Mission: Impossible 7", "Dune: Part Two". */
// The base ends in a non-space, so it and the spaces after it never compete for the same run.
const NUMBERED = /^(.*?\S)\s+(?:(\d{1,2})|([IVX]{2,4})|Part\s+(\w+))(?::\s.+)?$/;
/** "Halloween: Resurrection", "Dune: Part Two". */
const SUBTITLED = /^(.+?):\s+\S/;
const SERIES_NOUNS = new Set([
  "films",
  "movies",
  "series",
  "franchise",
  "sequels",
  "trilogy",
  "saga",
  "pictures",
]);
const SEQUEL_WORDS = new Set([
  "sequel",
  "sequels",
  "franchise",
  "series",
  "instalment",
  "installment",
  "prequel",
  "trilogy",
]);

/** The installment a title's number names, or null: "Night Ferry 2" → 2, "Halloween II" → 2. */
export function numberedTitle(title: string): { base: string; installment: number } | null {
  const m = NUMBERED.exec(title);
  if (!m?.[1]) return null;
  const n = m[2]
    ? Number(m[2])
    : m[3]
      ? ROMAN[m[3]]
      : (NUMBER_WORDS[(m[4] ?? "").toLowerCase()] ?? Number(m[4]));
  if (!n || n < 2 || n > 30) return null;
  return { base: m[1].replace(/:$/, ""), installment: n };
}

/**
 * "Frostbite III: The Thaw Returns" → "Frostbite III": a numbered title's short form, which news
 * uses for the film before (and after) its subtitle is announced; null for other titles.
 */
export function shortTitleOf(title: string): string | null {
  const colon = title.indexOf(": ");
  if (colon < 0 || !numberedTitle(title)) return null;
  const short = title.slice(0, colon);
  return numberedTitle(short) ? short : null;
}

/**
 * Which films belong to a series, from their titles and from how the article speaks: a numbered
 * title is an installment of its base when the article names the base or speaks of sequels
 * ("Robocop and its sequel … Robocop 2"); "the Carry On films" makes every "Carry On …" title
 * one of them; "Halloween: Resurrection" belongs with "Halloween" when that is a film or series
 * of the article.
 */
export function findSeries(doc: Doc, names: NamesLayer, layer: FilmsLayer): Map<Film, SeriesPlace> {
  const places = new Map<Film, SeriesPlace>();
  const seriesNames = seriesNamed(doc, names);
  const titles = new Map(layer.films.map((f) => [titleKey(f.title), f]));
  const speaksOfSequels = doc.sentences.some((s) => s.tokens.some((t) => SEQUEL_WORDS.has(t.lower)));
  const sentenceOf = (film: Film) => film.mentions[0]?.sentence ?? 0;
  for (const film of layer.films) {
    // "Nightjar 3, now titled Nightjar: Ashfall": the working title still numbers the film.
    const former = numberedFormer(film);
    const numbered = numberedTitle(film.title) ?? former?.numbered;
    if (numbered) {
      const key = titleKey(numbered.base);
      const named = seriesNames.get(key);
      if (named || titles.has(key) || speaksOfSequels)
        places.set(film, {
          franchise: numbered.base,
          installment: numbered.installment,
          sentence: named?.sentence ?? former?.sentence ?? sentenceOf(film),
          rule: numberedTitle(film.title) ? "franchise.numbered-title" : "franchise.former-numbered-title",
        });
      continue;
    }
    for (const [key, series] of seriesNames) {
      const title = titleKey(film.title);
      if (title === key || title.startsWith(`${key} `)) {
        places.set(film, {
          franchise: series.name,
          installment: null,
          sentence: series.sentence,
          rule: "franchise.series-noun",
        });
        break;
      }
    }
    if (places.has(film)) continue;
    const base = SUBTITLED.exec(film.title)?.[1];
    const baseFilm = base ? titles.get(titleKey(base)) : undefined;
    if (base && baseFilm && baseFilm !== film)
      places.set(film, {
        franchise: base,
        installment: null,
        sentence: sentenceOf(film),
        rule: "franchise.subtitle",
      });
  }
  // A numbered film's base, named in the article, begins the series.
  for (const [film, place] of [...places]) {
    const first = titles.get(titleKey(place.franchise));
    if (first && first !== film && !places.has(first))
      places.set(first, {
        franchise: place.franchise,
        installment: null,
        sentence: sentenceOf(first),
        rule: place.rule,
      });
  }
  return places;
}

/** A numbered title the film had before its rename, with the sentence that told of it. */
function numberedFormer(
  film: Film,
): { numbered: { base: string; installment: number }; sentence: number } | null {
  for (const [title, told] of film.formerTitles) {
    const numbered = numberedTitle(title);
    if (numbered) return { numbered, sentence: told.sentence };
  }
  return null;
}

/** "the Carry On films", "the Mission: Impossible franchise": names followed by a series noun. */
function seriesNamed(doc: Doc, names: NamesLayer): Map<string, { name: string; sentence: number }> {
  const found = new Map<string, { name: string; sentence: number }>();
  for (const name of names.names) {
    const next = doc.sentences[name.sentence]?.tokens[name.last];
    if (!next || !SERIES_NOUNS.has(next.lower) || name.kind === "person") continue;
    const key = titleKey(name.text);
    // "The Harbour Lights franchise": the article is the sentence's, not the series'.
    if (!found.has(key))
      found.set(key, { name: name.text.replace(/^The (?=\S)/, ""), sentence: name.sentence });
  }
  return found;
}
