import { type Film, type FilmsLayer, titleKey } from "../films/films.ts";
import { numberedTitle } from "../films/series.ts";
import type { Unit } from "../patterns/units.ts";

const FIRST_WORDS = new Set(["first", "original"]);
const SEQUEL_WORDS = new Set(["sequel", "follow-up", "second"]);
const FILM_NOUNS = new Set(["film", "movie", "picture", "instalment", "installment", "one"]);

/**
 * The installment a sentence speaks of without its title: "the first film" and "the original"
 * mean the series' first film; "the sequel", "the second film" and "a sequel to X" its later
 * one. Null when the sentence names another film, names no such phrase, or the series has no
 * such film in the article.
 */
export function installmentReferent(
  films: FilmsLayer,
  units: readonly Unit[],
  topic: Film | null,
): Film | null {
  let referent: Film | null = null;
  for (let i = 1; i < units.length; i++) {
    const u = units[i];
    const prev = units[i - 1];
    if (u?.kind === "name" && films.filmOfName.has(u.name.id) && !isSequelObject(units, i)) return null;
    if (referent || u?.kind !== "word" || prev?.kind !== "word" || !ARTICLES.has(prev.lower)) continue;
    if (inPartAside(units, i - 1)) continue;
    const next = units[i + 1];
    const nextWord = next?.kind === "word" ? next.lower : "";
    if (FIRST_WORDS.has(u.lower) && (FILM_NOUNS.has(nextWord) || u.lower === "original"))
      referent = firstOf(films, seriesOf(topic));
    else if (SEQUEL_WORDS.has(u.lower) && (u.lower !== "second" || FILM_NOUNS.has(nextWord))) {
      // "a sequel to Glass Harbour": the series of the film named after "to".
      const object = nextWord === "to" ? units[i + 2] : undefined;
      const named = object?.kind === "name" ? films.filmOfName.get(object.name.id) : undefined;
      referent = laterOf(films, seriesOf(named ?? topic));
    }
  }
  return referent;
}

const ARTICLES = new Set(["the", "a", "its", "this"]);

const PAST_PARTS = new Set(["played", "starred", "appeared", "voiced", "was"]);
const PERSONAL = new Set(["he", "she", "they"]);
const NOT_NOUNS = new Set([
  "said",
  "says",
  "told",
  "added",
  "confirmed",
  "revealed",
  "thinks",
  "believes",
  "and",
  "but",
  "that",
  "because",
  "as",
  "after",
  "when",
  "since",
  "while",
]);

/**
 * "returns as Nora, the keeper's daughter she played in the first film": the installment named
 * in a clause about a part's past (a noun, then "she played in") is not what the sentence is about.
 */
function inPartAside(units: readonly Unit[], article: number): boolean {
  const at = (k: number) => {
    const u = units[article - k];
    return u?.kind === "word" ? u.lower : null;
  };
  const before = units[article - 4];
  return (
    at(1) === "in" &&
    PAST_PARTS.has(at(2) ?? "") &&
    PERSONAL.has(at(3) ?? "") &&
    before?.kind === "word" &&
    before.token.word &&
    !NOT_NOUNS.has(before.lower)
  );
}

const isSequelObject = (units: readonly Unit[], i: number): boolean => {
  const to = units[i - 1];
  const sequel = units[i - 2];
  return (
    to?.kind === "word" && to.lower === "to" && sequel?.kind === "word" && SEQUEL_WORDS.has(sequel.lower)
  );
};

const seriesOf = (film: Film | null | undefined): string | null => film?.franchise ?? film?.title ?? null;

function membersOf(films: FilmsLayer, series: string | null): Film[] {
  if (!series) return [];
  const key = titleKey(series);
  return films.films.filter((f) => titleKey(f.franchise ?? f.title) === key || titleKey(f.title) === key);
}

function firstOf(films: FilmsLayer, series: string | null): Film | null {
  const members = membersOf(films, series);
  return members.find((f) => !numberedTitle(f.title)) ?? null;
}

function laterOf(films: FilmsLayer, series: string | null): Film | null {
  let best: Film | null = null;
  let bestNumber = 1;
  for (const f of membersOf(films, series)) {
    const n = numberedTitle(f.title)?.installment ?? 1;
    if (n > bestNumber) {
      best = f;
      bestNumber = n;
    }
  }
  return best;
}
