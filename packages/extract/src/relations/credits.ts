import type { Doc, Sentence } from "../document/document.ts";
import type { Draft, Statement } from "../facts/facts.ts";
import { opensWithAnaphor } from "../films/anaphora.ts";
import type { Film, FilmsLayer } from "../films/films.ts";
import { isFollowedBy, isRelative, type Topics } from "../films/topics.ts";
import { DESCRIBING_NOUNS, isPronoun, type Pronouns } from "../names/coreference.ts";
import { type Person, tradeOf } from "../names/people.ts";
import type { SentenceUnits } from "../patterns/pattern.ts";
import { RuleTable } from "../patterns/rule.ts";
import { type Unit, unitSpan } from "../patterns/units.ts";
import { CREDIT_RULES, type CreditEmit, type CreditRole } from "./credit-rules.ts";
import { installmentReferent } from "./installments.ts";

const CREDITS = new RuleTable(CREDIT_RULES, { claims: true });

/** A film left to the context is less certain than one the sentence names. */
const CONTEXT_PENALTY = 0.1;

const VERB_CREDITS: Record<string, CreditRole> = {
  write: "writer",
  "co-write": "writer",
  written: "writer",
  "co-written": "writer",
  wrote: "writer",
  "co-wrote": "writer",
  writes: "writer",
  scripted: "writer",
  direct: "director",
  "co-direct": "director",
  directed: "director",
  "co-directed": "director",
  directs: "director",
  helmed: "director",
  helms: "director",
  made: "director",
  produce: "producer",
  produced: "producer",
  "co-produced": "producer",
  star: "cast",
  plays: "cast",
  played: "cast",
  playing: "cast",
  starred: "cast",
  "co-starred": "cast",
  starring: "cast",
  stars: "cast",
  appears: "cast",
  appeared: "cast",
  acted: "cast",
};

const CATEGORY_CREDITS: Record<string, CreditRole> = {
  director: "director",
  directing: "director",
  direction: "director",
  actor: "cast",
  actress: "cast",
  acting: "cast",
  performance: "cast",
  supporting: "cast",
  star: "cast",
  stars: "cast",
  actors: "cast",
  actresses: "cast",
  screenplay: "writer",
  script: "writer",
  writing: "writer",
  screenwriting: "writer",
};

export interface CreditContext {
  doc: Doc;
  films: FilmsLayer;
  topics: Topics;
  pronouns: Pronouns;
}

/** Credits a sentence states, as drafts: one per person, film and credit. */
export function findCredits(ctx: CreditContext, units: SentenceUnits): Draft[] {
  const drafts: Draft[] = [];
  const respectively = units.units.some((u) => u.kind === "word" && u.lower === "respectively");
  for (const { rule, match } of CREDITS.run(units)) {
    const emit: CreditEmit = rule.emit;
    const sentence = units.sentence;
    // "The sequel to Meet the Parents stars X": the film after "sequel to" is not the one cast;
    // the sequel is (the story's film). "the Ben Stiller comedy Meet the Parents" after "sequel
    // to" credits that older film, which this sentence does not make a claim about: nothing.
    const captured = filmsIn(ctx, match.captures[emit.film ?? ""]);
    const named = captured.filter((film) => !relativeIn(units, match.captures[emit.film ?? ""], film));
    if (captured.length > 0 && named.length === 0 && !filmSlotFirst(match.captures, emit)) continue;
    const films =
      named.length > 0
        ? named
        : contextFilm(ctx, units, match.start, emit.filmInSentence === true, emit.credit === "byCategory");
    if (films.length === 0) continue;
    const confidence = named.length > 0 ? rule.confidence : rule.confidence - CONTEXT_PENALTY;
    const characters = charactersOf(match.captures[emit.character ?? ""]);
    const focus = unitSpan(units.units, match.start, match.end).start;
    const people = peopleIn(
      ctx,
      sentence,
      emit.person.split(",").flatMap((slot) => match.captures[slot] ?? []),
    );
    // "DiCaprio, Foxx and Staunton - a nominee for her performance in X": a singular "his" or
    // "her" after a list speaks of its last person.
    const personUnits = emit.person.split(",").flatMap((slot) => match.captures[slot] ?? []);
    if (people.length > 1 && singularAfter(units.units, match, personUnits))
      people.splice(0, people.length - 1);
    // "X and Y won for A and B respectively": the lists pair up in order.
    const paired = respectively && people.length > 1 && people.length === films.length;
    // "X and Y as A and B, respectively": the people and the parts pair up in order.
    const pairedParts = respectively && characters.length > 1 && characters.length === people.length;
    people.forEach((person, i) => {
      const roles = creditsOf(emit, match.captures, units, match.start, person);
      const character = (pairedParts ? characters[i] : characters[0]) ?? null;
      for (const film of paired ? [films[i] as Film] : films) {
        if (film.forms.has(person.name)) continue;
        for (const role of roles)
          drafts.push({
            film,
            // "who played the title role": the part is named by the film's title.
            statement: statementOf(role, person.name, emit.titleRole ? film.title : character),
            sentence: sentence.index,
            rule: rule.id,
            confidence,
            focus,
          });
      }
    });
  }
  return drafts;
}

function statementOf(role: CreditRole, name: string, character: string | null): Statement {
  return role === "cast"
    ? { predicate: "cast", value: { name, character } }
    : { predicate: role, value: name };
}

/** The credits a match gives: fixed, from its verbs or nouns, from the award category, or the person's trade. */
function creditsOf(
  emit: CreditEmit,
  captures: Record<string, Unit[]>,
  units: SentenceUnits,
  at: number,
  person: Person,
): CreditRole[] {
  switch (emit.credit) {
    case "byVerb":
      return rolesOfWords(
        (emit.verbs ?? "").split(",").flatMap((slot) => captures[slot] ?? []),
        VERB_CREDITS,
      );
    case "byNoun":
      // "writer-director": each part of a compound names a credit.
      return unique(
        (captures[emit.nouns ?? ""] ?? []).flatMap((u) =>
          u.kind === "word"
            ? u.lower.split("-").flatMap((part) => tradeOf(part) ?? tradeOf(u.lower) ?? [])
            : [],
        ),
      );
    case "byCategory": {
      // "nominated for best director and best actress": each category named gives a credit.
      const named = (emit.category ?? "").split(",").flatMap((slot) => captures[slot] ?? []);
      // "best actor in a TV drama": a television category credits no film.
      if (named.some((u) => televisionCategory(units, units.indexOf(u)))) return [];
      // "Best Actress" set in capitals is an award's name: its last word is the category.
      const words = named.flatMap((u) =>
        u.kind === "word"
          ? [u.lower]
          : u.kind === "name"
            ? [u.name.words[u.name.words.length - 1]?.toLowerCase() ?? ""]
            : [],
      );
      if (words.length > 0) return unique(words.flatMap((w) => CATEGORY_CREDITS[w] ?? []));
      const before = categoryBefore(units.units, at);
      const role = before ? CATEGORY_CREDITS[before] : emit.fallback;
      return role ? [role] : [];
    }
    case "byTrade":
      return person.trade ? [person.trade] : emit.fallback ? [emit.fallback] : [];
    default:
      return [emit.credit];
  }
}

const unique = <T>(list: T[]): T[] => [...new Set(list)];

/** The category word at unit `at` is television's: "best actor in a TV drama", "in television". */
function televisionCategory(units: SentenceUnits, at: number): boolean {
  const word = (k: number) => {
    const u = units.units[k];
    return u?.kind === "word" ? u.lower : u?.kind === "name" ? u.name.text.toLowerCase() : "";
  };
  if (word(at + 1) !== "in") return false;
  const medium = /^(?:a|an|the)$/.test(word(at + 2)) ? word(at + 3) : word(at + 2);
  return medium === "tv" || medium === "television";
}

function rolesOfWords(words: Unit[], table: Record<string, CreditRole>): CreditRole[] {
  return unique(
    words.flatMap((u) => (u.kind === "word" && table[u.lower] ? [table[u.lower] as CreditRole] : [])),
  );
}

/** The award category the sentence names before a position ("best director … X for Y"). */
function categoryBefore(units: readonly Unit[], at: number): string | undefined {
  for (let i = at - 1; i >= 0; i--) {
    const u = units[i];
    if (u?.kind === "word" && u.lower in CATEGORY_CREDITS) return u.lower;
  }
  return undefined;
}

const ANOTHER = new Set(["next", "new", "another", "forthcoming", "upcoming", "untitled"]);
const FILM_WORDS = new Set(["film", "movie", "picture", "feature", "project"]);

/** A film noun after "next", "new", "another" … with no title named in the sentence. */
function speaksOfUnnamedFilm(units: readonly Unit[]): boolean {
  let unnamed = false;
  for (let i = 1; i < units.length; i++) {
    const u = units[i];
    if (u?.kind === "name" && u.type === "FILM") return false;
    const before = units[i - 1];
    if (u?.kind === "word" && FILM_WORDS.has(u.lower) && before?.kind === "word" && ANOTHER.has(before.lower))
      unnamed = true;
    // "… was made into a film in 1962, starring …": a film of the story, not the story's film.
    const twoBefore = units[i - 2];
    if (
      u?.kind === "word" &&
      FILM_WORDS.has(u.lower) &&
      twoBefore?.kind === "word" &&
      twoBefore.lower === "into" &&
      before?.kind === "word" &&
      (before.lower === "a" || before.lower === "an")
    )
      unnamed = true;
  }
  return unnamed;
}

const ANAPHORS = new Set(["film", "movie", "picture", "it", "feature"]);

/** The match is, or directly follows, "the film", "the movie", "it". */
function followsAnaphor(units: readonly Unit[], at: number): boolean {
  for (const i of [at - 1, at]) {
    const u = units[i];
    // "Its star, Maria Costa, …": the film spoken of before owns what follows.
    if (u?.kind === "word" && u.lower === "its" && i === 0) return true;
    if (u?.kind === "word" && ANAPHORS.has(u.lower) && (u.lower === "it" || units[i - 1]?.kind === "word")) {
      const article = units[i - 1];
      if (
        u.lower === "it" ||
        (article?.kind === "word" && (article.lower === "the" || article.lower === "this"))
      )
        return true;
    }
  }
  return false;
}

/**
 * The commas around an apposition to a sentence's opening name ("Harbour Nights, the sequel to
 * Harbour Days, reunites …"), as unit indices, or null.
 */
function subjectApposition(units: readonly Unit[]): [number, number] | null {
  const subject = units[0]?.kind === "name" ? 0 : units[1]?.kind === "name" ? 1 : -1;
  const open = subject + 1;
  if (subject < 0 || !isWord(units[open], ",")) return null;
  for (let i = open + 1; i < units.length; i++) if (isWord(units[i], ",")) return [open, i];
  return null;
}

const isWord = (u: Unit | undefined, lower: string): boolean => u?.kind === "word" && u.lower === lower;

function singularAfter(
  units: readonly Unit[],
  match: { start: number; end: number },
  people: readonly Unit[],
): boolean {
  const lastPerson = people.length > 0 ? Math.max(...people.map((u) => units.indexOf(u))) : -1;
  for (let i = Math.max(match.start, lastPerson + 1); i < match.end; i++) {
    const u = units[i];
    if (u?.kind === "word" && (u.lower === "his" || u.lower === "her")) return true;
  }
  return false;
}

/** The match names its film before its people ("X stars Y"), not after ("the Y comedy X"). */
function filmSlotFirst(captures: Record<string, Unit[]>, emit: CreditEmit): boolean {
  const film = captures[emit.film ?? ""]?.[0];
  const person = emit.person.split(",").flatMap((slot) => captures[slot] ?? [])[0];
  const start = (u: Unit | undefined) =>
    u?.kind === "name" ? u.name.start : u?.kind === "word" ? u.token.start : -1;
  return film !== undefined && person !== undefined && start(film) < start(person);
}

function relativeIn(units: SentenceUnits, captured: Unit[] | undefined, film: Film): boolean {
  return (captured ?? []).some(
    (u) =>
      u.kind === "name" &&
      u.name.text !== "" &&
      film.mentions.includes(u.name) &&
      isFollowedBy(units.sentence.tokens, u.name.first),
  );
}

export function filmsIn(ctx: CreditContext, captured: Unit[] | undefined): Film[] {
  const films: Film[] = [];
  for (const u of captured ?? []) {
    const film = u.kind === "name" ? ctx.films.filmOfName.get(u.name.id) : undefined;
    if (film && !films.includes(film)) films.push(film);
  }
  return films;
}

/** What `contextFilm` reads from the whole sentence, whichever match asks. */
const CONTRASTS = new Set(["while", "whereas", "whilst", ";"]);

interface SentenceFilms {
  /** Unit indices of words that open a contrasting clause. */
  contrasts: number[];
  unnamedFilm: boolean;
  installment: Film | null;
  /** Unit index of the first name of a film, or the sentence's length. */
  firstFilm: number;
  aside: [number, number] | null;
  /** The films named that are not another film's relative, by unit index. */
  named: { at: number; film: Film }[];
  /** Unit index of each named film's first mention. */
  firstAt: Map<Film, number>;
}

const SENTENCE_FILMS = {};

function sentenceFilms(ctx: CreditContext, units: SentenceUnits): SentenceFilms {
  return units.once(SENTENCE_FILMS, () => {
    const topic = ctx.topics.ofSentence[units.sentence.index] ?? null;
    let firstFilm = units.units.length;
    const named: SentenceFilms["named"] = [];
    units.units.forEach((u, i) => {
      const film = u.kind === "name" ? ctx.films.filmOfName.get(u.name.id) : undefined;
      if (!film) return;
      firstFilm = Math.min(firstFilm, i);
      // "It is a sequel to X and stars Y": the relative is not what the sentence is about.
      if (u.kind === "name" && !isRelative(units.sentence.tokens, u.name.first)) named.push({ at: i, film });
    });
    return {
      unnamedFilm: speaksOfUnnamedFilm(units.units),
      installment: installmentReferent(ctx.films, units.units, topic),
      firstFilm,
      aside: subjectApposition(units.units),
      named,
      firstAt: new Map([...named].reverse().map((n) => [n.film, n.at])),
      contrasts: units.units.flatMap((u, i) => (u.kind === "word" && CONTRASTS.has(u.lower) ? [i] : [])),
    };
  });
}

/**
 * The film a statement without a title is about: the nearest named before it in the sentence,
 * else after it, else (unless the rule asks for one in the sentence) the topic.
 */
export function contextFilm(
  ctx: CreditContext,
  units: SentenceUnits,
  at: number,
  inSentence: boolean,
  /** An award's credit: a topic named only past a contrast ("… while Y won best film") is not it. */
  awardCredit = false,
): Film[] {
  const topic = ctx.topics.ofSentence[units.sentence.index] ?? null;
  const sentence = sentenceFilms(ctx, units);
  // "Lena Vik has joined Ana Ruiz's next film": a sentence about another, unnamed film says
  // nothing of the story's film.
  if (sentence.unnamedFilm) return [];
  // "The first film, released in 2024, …", "Filming on the sequel starts …".
  if (sentence.installment) return [sentence.installment];
  // "…, the film stars X": the film the story is about, not the last title named.
  if (topic && !inSentence && followsAnaphor(units.units, at)) return [topic];
  // "The film, which stars X and Y, knocked Z into second place": the subject's clause.
  if (topic && !inSentence && opensWithAnaphor(units.sentence.tokens) && sentence.firstFilm >= at)
    return [topic];
  const film =
    nearestFilm(sentence, at) ??
    (inSentence || (awardCredit && contrastedTopic(sentence, at, topic)) ? null : topic);
  return film ? [film] : [];
}

/**
 * "X won best actress while Y was named best film": the sentence's topic is Y, named only in
 * the clause a contrast opens after the statement; the statement is not about it.
 */
function contrastedTopic({ firstAt, contrasts }: SentenceFilms, at: number, topic: Film | null): boolean {
  const first = topic ? firstAt.get(topic) : undefined;
  if (first === undefined || first < at) return false;
  const contrast = contrasts[lowerBound(contrasts, at, (c) => c)];
  return contrast !== undefined && contrast < first;
}

/**
 * The last film named before unit `at`, else the first at or after it unless a contrast comes
 * between ("X won best actress while Y was named best film").
 */
function nearestFilm({ named, aside, contrasts }: SentenceFilms, at: number): Film | undefined {
  const from = firstAtOrAfter(named, at);
  let before = from - 1;
  // "X, the sequel to Y, reunites …": an apposition to the subject is not what the verb is about.
  const inAside = (i: number) => !!aside && i > aside[0] && i < aside[1] && at > aside[1];
  if (aside && inAside(named[before]?.at ?? -1)) before = firstAtOrAfter(named, aside[0] + 1) - 1;
  // Films at or after `at` lie past the apposition whenever it is skipped.
  const after = named[from];
  const contrast = contrasts[lowerBound(contrasts, at, (c) => c)];
  const contrasted = after !== undefined && contrast !== undefined && contrast < after.at;
  return (named[before] ?? (contrasted ? undefined : after))?.film;
}

/** Index of the first film named at unit `at` or later. */
const firstAtOrAfter = (named: SentenceFilms["named"], at: number): number =>
  lowerBound(named, at, (n) => n.at);

/** Index of the first item whose position is at or after `at`, in a list ascending by position. */
function lowerBound<T>(list: readonly T[], at: number, position: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (position(list[mid] as T) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The people a slot holds: names resolved through the article's people, pronouns to their antecedents. */
function peopleIn(ctx: CreditContext, sentence: Sentence, captured: Unit[] | undefined): Person[] {
  const people: Person[] = [];
  for (const u of captured ?? []) {
    let person: Person | null = null;
    // "Tom Reed and British actress Ann Vale": a listed person's nationality is no one.
    if (u.kind === "name" && u.type === "NAT") continue;
    if (u.kind === "name")
      person = u.name.person ?? {
        name: u.name.text,
        pronoun: null,
        confirmed: false,
        trade: null,
        firstAt: u.name.start,
      };
    else if (u.kind === "word" && isPronoun(u.lower))
      person = ctx.pronouns.resolve(u.lower, sentence.index, u.token.start);
    else if (u.kind === "word" && DESCRIBING_NOUNS.has(u.lower))
      person = ctx.pronouns.resolveDescribed(sentence.index, u.token.start);
    if (person && !people.some((p) => p.name === person.name)) people.push(person);
  }
  return people;
}

function charactersOf(captured: Unit[] | undefined): string[] {
  return (captured ?? []).flatMap((u) => (u.kind === "name" ? [u.name.text] : []));
}
