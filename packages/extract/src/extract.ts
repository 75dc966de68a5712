import {
  type ArticleFormat,
  type ExtractionResult,
  type Fact,
  identifyArticle,
  Timestamp,
} from "@filmkb/schema";
import { Budget, UNLIMITED } from "./budget.ts";
import { type DatesLayer, findDates } from "./dates/dates.ts";
import { buildDoc, type Doc } from "./document/document.ts";
import { assembleFacts, type Draft, filmIds, filmView } from "./facts/facts.ts";
import { type Film, type FilmsLayer, findFilms, unitTypeOf } from "./films/films.ts";
import { findSeries, type SeriesPlace, shortTitleOf } from "./films/series.ts";
import { findTopics } from "./films/topics.ts";
import { readDocument } from "./input/index.ts";
import { ROLE_TITLES } from "./lexicon/words.ts";
import { Pronouns } from "./names/coreference.ts";
import { findNames, type NamesLayer } from "./names/names.ts";
import { WORD_CLASSES } from "./patterns/classes.ts";
import { SentenceUnits } from "./patterns/pattern.ts";
import { unitsOf } from "./patterns/units.ts";
import { findCredits } from "./relations/credits.ts";
import { findFilmFacts } from "./relations/film-facts.ts";
import { findLocations, speakers } from "./relations/locations.ts";
import { findReleases, withoutVaguerReleases } from "./relations/releases.ts";
import { normaliseText } from "./text/normalise.ts";
import { EXTRACTOR_VERSION } from "./version.ts";

export interface ExtractInput {
  /** Article id; by default the hash of its content, so the same article is the same id. */
  id?: string;
  format: ArticleFormat;
  text: string;
  /** When the article was published (RFC 3339); relative dates resolve against it. */
  publishedAt?: string | null;
}

export interface ExtractOptions {
  /**
   * Milliseconds the extraction may take; past it, extraction stops with
   * `ExtractionBudgetExceeded`. Unlimited when absent.
   */
  budgetMs?: number;
  /** The budget's clock (milliseconds); tests pass their own. */
  clock?: () => number;
}

/**
 * Reads an article and states which films it names and what it says of them. Pure and
 * deterministic: the same input always gives the same result, with no I/O — or, past its time
 * budget, `ExtractionBudgetExceeded`. Each stage adds a layer to the document: sentences and
 * tokens, names (and the people among them), films, dates, then relations read by rule tables.
 */
export function extract(input: ExtractInput, options: ExtractOptions = {}): ExtractionResult {
  const budget = options.budgetMs === undefined ? UNLIMITED : new Budget(options.budgetMs, options.clock);
  budget.check("starting");
  const source = readDocument(input.format, input.text);
  budget.check("reading the markup");
  const { text, titleCues } = normaliseText(source.text, source.titleCues);
  budget.check("normalising the text");
  const publishedAtText = input.publishedAt ?? source.publishedAt;
  const publishedAt = parsePublished(publishedAtText);
  const identity = identifyArticle(input.text);
  const articleId = input.id ?? identity.id;

  const doc = buildDoc(text, source.headline, publishedAt, titleCues);
  budget.check("splitting sentences");
  const names = findNames(doc);
  budget.check("finding names");
  const films = findFilms(doc, names);
  const series = findSeries(doc, names, films);
  for (const [film, place] of series) film.franchise = place.franchise;
  budget.check("finding films");
  const dates = findDates(doc);
  budget.check("reading dates");
  const relations = withFullCharacterNames(findRelations(doc, names, films, dates, budget), names);
  const drafts = [...identityDrafts(films, series, relations), ...relations];
  budget.check("assembling facts");

  const ids = filmIds(films.films);
  const facts = assembleFacts(doc, articleId, drafts, ids);
  const factsOf = new Map<string, Fact[]>();
  for (const fact of facts) {
    const list = factsOf.get(fact.filmId);
    if (list) list.push(fact);
    else factsOf.set(fact.filmId, [fact]);
  }
  const warnings = films.films.length === 0 ? ["no film titles found"] : [];
  if (publishedAtText && !publishedAt)
    warnings.push(`publication date "${publishedAtText}" not understood; ignored`);
  return {
    extractorVersion: EXTRACTOR_VERSION,
    article: {
      id: articleId,
      format: input.format,
      headline: source.headline,
      publishedAt: publishedAt ? asTimestamp(publishedAtText ?? "", publishedAt) : null,
      contentHash: identity.contentHash,
      byteLength: identity.byteLength,
      text,
    },
    films: films.films.map((film) => {
      const id = ids.get(film) ?? "";
      return filmView(id, factsOf.get(id) ?? []);
    }),
    facts,
    warnings,
  };
}

/**
 * Relations, sentence by sentence, over units where films are now known. Filming locations
 * come last: some are read from a crew member's own words, which needs the credits.
 */
function findRelations(
  doc: Doc,
  names: NamesLayer,
  films: FilmsLayer,
  dates: DatesLayer,
  budget: Budget,
): Draft[] {
  const ctx = { doc, films, topics: findTopics(doc, films), pronouns: new Pronouns(doc, names) };
  const drafts: Draft[] = [];
  const sentences: SentenceUnits[] = [];
  for (const sentence of doc.sentences) {
    budget.tick("reading relations");
    if (sentence.titleCase) continue;
    const units = unitsOf(
      sentence,
      names.bySentence[sentence.index] ?? [],
      (n) => (films.filmOfName.has(n.id) ? "FILM" : unitTypeOf(n)),
      dates.bySentence[sentence.index],
    );
    const sentenceUnits = new SentenceUnits(sentence, units, WORD_CLASSES);
    sentences.push(sentenceUnits);
    drafts.push(
      ...findCredits(ctx, sentenceUnits),
      ...findFilmFacts(ctx, sentenceUnits),
      ...findReleases(ctx, sentenceUnits),
    );
  }
  const speakerOf = speakers(doc, names);
  const credits = [...drafts];
  for (const s of sentences) {
    budget.tick("reading filming locations");
    drafts.push(...findLocations(ctx, s, speakerOf[s.sentence.index] ?? null, credits));
  }
  return withoutVaguerReleases(drafts);
}

/**
 * "Cruise's Agent Hunt" is the Ethan Hunt the article names elsewhere: a character given by
 * rank and surname takes the full name of an uncredited person with that surname.
 */
function withFullCharacterNames(drafts: Draft[], names: NamesLayer): Draft[] {
  const credited = new Set(
    drafts.flatMap((d) => {
      const v = d.statement.value;
      if (d.statement.predicate === "cast" && typeof v === "object" && "name" in v)
        return [v.name, ...("character" in v && v.character ? [v.character] : [])];
      return typeof v === "string" ? [v] : [];
    }),
  );
  // "Cathal Rourke's story" need not be known for a person: a name ending in the rank's surname is.
  const fullNames = names.names.filter(
    (n) => (n.kind === "person" || n.kind === "name") && n.words.length >= 2 && !credited.has(n.text),
  );
  // By surname, in order: looking through every name for each rank was quadratic.
  const bySurname = new Map<string, typeof fullNames>();
  for (const n of fullNames) {
    const surname = n.words[n.words.length - 1] ?? "";
    const same = bySurname.get(surname);
    if (same) same.push(n);
    else bySurname.set(surname, [n]);
  }
  return drafts.map((d) => {
    if (d.statement.predicate !== "cast" || !d.statement.value.character) return d;
    const character = d.statement.value.character;
    const [rank, ...rest] = character.split(" ");
    if (!rank || rest.length === 0 || !ROLE_TITLES.has(rank.toLowerCase())) return d;
    const surname = rest[rest.length - 1];
    const full = bySurname.get(surname ?? "")?.find((n) => n.text !== character);
    return full
      ? { ...d, statement: { predicate: "cast", value: { ...d.statement.value, character: full.text } } }
      : d;
  });
}

function earliestRelease(drafts: readonly Draft[]): Draft | undefined {
  const releases = drafts.filter((d) => d.statement.predicate === "release" && !d.statement.value.superseded);
  const cinema = releases.filter(
    (d) => d.statement.predicate === "release" && d.statement.value.medium !== "streaming",
  );
  const dateOf = (d: Draft) => (d.statement.predicate === "release" ? d.statement.value.date : "");
  return (cinema.length > 0 ? cinema : releases).sort((a, b) => dateOf(a).localeCompare(dateOf(b)))[0];
}

/**
 * The publication date as the schema's Timestamp: as written when it is one, else the instant it
 * names ("2026-03-02T10:00" in a page's `<time>` has no offset, and is read as UTC).
 */
function asTimestamp(text: string, date: Date): string {
  return Timestamp.safeParse(text).success ? text : date.toISOString();
}

function parsePublished(value: string | null | undefined): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  // A date-time without an offset is read as UTC, whatever the machine's time zone.
  const date = new Date(/T\d\d:\d\d(?::\d\d(?:\.\d+)?)?$/.test(value) ? `${value}Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Title, aliases, year and series of each film, on the evidence that made it a film. A film
 * whose year nothing states takes the year of its earliest release (a cinema one first).
 */
function identityDrafts(
  layer: FilmsLayer,
  series: Map<Film, SeriesPlace>,
  relations: readonly Draft[],
): Draft[] {
  const drafts: Draft[] = [];
  // Each film's relations, found once (filtering all relations for each film was quadratic).
  const relationsOf = new Map<Film, Draft[]>();
  for (const d of relations) {
    const own = relationsOf.get(d.film);
    if (own) own.push(d);
    else relationsOf.set(d.film, [d]);
  }
  for (const film of layer.films) {
    const first = film.evidence[0];
    if (!first) continue;
    // Every sentence and rule that made the name a film is evidence for its title.
    for (const e of film.evidence)
      drafts.push({
        film,
        statement: { predicate: "title", value: film.title },
        sentence: e.sentence,
        rule: e.rule,
        confidence: film.confidence,
      });
    const short = shortTitleOf(film.title);
    if (short && !film.forms.has(short))
      drafts.push({
        film,
        statement: { predicate: "alias", value: short },
        sentence: first.sentence,
        rule: "alias.numbered-short-title",
        confidence: film.confidence,
      });
    for (const form of film.forms) {
      if (form === film.title) continue;
      const told = film.formerTitles.get(form) ?? first;
      drafts.push({
        film,
        statement: { predicate: "alias", value: form },
        sentence: told.sentence,
        rule: told.rule,
        confidence: film.confidence,
      });
    }
    if (film.year !== null && film.yearSentence !== null)
      drafts.push({
        film,
        statement: { predicate: "year", value: film.year },
        sentence: film.yearSentence,
        rule: first.rule,
        confidence: 0.9,
      });
    else if (!relationsOf.get(film)?.some((d) => d.statement.predicate === "year")) {
      const release = earliestRelease(relationsOf.get(film) ?? []);
      if (release?.statement.predicate === "release")
        drafts.push({
          ...release,
          statement: { predicate: "year", value: Number(release.statement.value.date.slice(0, 4)) },
          rule: "year.from-release",
          confidence: 0.7,
        });
    }
    const place = series.get(film);
    if (place) {
      const base = { film, sentence: place.sentence, rule: place.rule, confidence: 0.85 };
      drafts.push({ ...base, statement: { predicate: "franchise", value: place.franchise } });
      if (place.installment)
        drafts.push({ ...base, statement: { predicate: "installment", value: place.installment } });
      // "Harbour Lights 2 and Harbour Lights 3": the next installment is the sequel.
      for (const [next, nextPlace] of series)
        if (
          next !== film &&
          nextPlace.franchise === place.franchise &&
          nextPlace.installment === (place.installment ?? 1) + 1
        )
          drafts.push({
            ...base,
            rule: "franchise.next-installment",
            statement: { predicate: "relatedFilm", value: { relation: "sequel", title: next.title } },
          });
    }
  }
  return drafts;
}
