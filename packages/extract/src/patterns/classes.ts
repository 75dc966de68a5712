import {
  ACTING_NOUNS,
  AWARD_NAMES,
  BROADCAST_NOUNS,
  OTHER_WORK_NOUNS,
  ROLE_NOUNS,
} from "../lexicon/entities.ts";
import { FILM_NOUNS, GENRE_NOUNS } from "../lexicon/film-words.ts";
import { NATIONALITIES } from "../lexicon/places.ts";

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** English plural of a noun: "comedy" → "comedies", "thriller" → "thrillers". */
function plural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** A noun class with its plurals: "blockbusters such as …" as well as "the blockbuster X". */
const withPlurals = (nouns: Iterable<string>) => new Set([...nouns].flatMap((n) => [n, plural(n)]));

/** Words for a film beyond the lexicon's film nouns: "the 1994 tale of hope". */
const STORY_NOUNS = [
  "tale",
  "yarn",
  "caper",
  "romp",
  "outing",
  "offering",
  "effort",
  "release",
  "hit",
  "entry",
];

/**
 * The word classes patterns name with `@`. Each is a closed list of English words; lexicons
 * with their reasons live in `lexicon/`.
 */
export const WORD_CLASSES: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ["role", ROLE_NOUNS],
  ["acting", ACTING_NOUNS],
  // "The drama features X": after a subject, "features" is a verb, never films.
  ["filmNoun", new Set([...withPlurals(FILM_NOUNS)].filter((w) => w !== "features"))],
  ["genre", withPlurals([...GENRE_NOUNS, ...STORY_NOUNS])],
  ["nonFilm", new Set([...BROADCAST_NOUNS, ...OTHER_WORK_NOUNS])],
  ["award", AWARD_NAMES],
  ["nationality", NATIONALITIES],
  ["determiner", words("the a an his her their its this that these those our my your")],
  ["possessivePronoun", words("his her their its")],
  // A film's place in its series: "the third film in the X series", "the next instalment".
  [
    "seriesOrdinal",
    words("first second third fourth fifth sixth seventh eighth ninth tenth latest next new final"),
  ],
  ["installmentNoun", words("instalment installment chapter entry film movie outing")],
  ["seriesNoun", words("franchise series saga trilogy films movies")],
  // Verbs of a deal for a film's rights: "has acquired the UK rights to X".
  ["acquiring", words("acquired bought buys acquires picked snapped secured secures landed")],
  // Award categories a film wins, not a person: "best documentary", "best British film".
  [
    "filmCategory",
    words("film picture feature documentary animated animation foreign-language movie british debut"),
  ],
  [
    "category",
    words(`
    director directing direction actor actress acting performance supporting screenplay script
    writing screenwriting
  `),
  ],
  [
    "adjective",
    words(`
    new latest forthcoming upcoming next last first second third debut acclaimed controversial
    critically award-winning oscar-winning oscar-nominated hit low-budget big-budget independent
    british american french spanish german italian irish japanese chinese korean indian australian
    canadian mexican animated epic gritty quirky romantic dark comic modest wistful forthcoming
    original classic cult popular successful recent final previous earlier later star-studded
    festival-winning bafta-winning golden-globe-winning box-office blockbuster real-life true-life
  `),
  ],
]);
