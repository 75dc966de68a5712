import {
  type Evidence,
  type ExtractedFilm,
  type Fact,
  type FactOf,
  factValueKey,
  MAX_QUOTE,
  type Predicate,
  type RuleId,
  slugify,
} from "@filmkb/schema";
import type { Doc } from "../document/document.ts";
import type { Film } from "../films/films.ts";
import { normaliseName } from "../lexicon/memo.ts";
import { EXTRACTOR_VERSION } from "../version.ts";

/** A predicate with a value of its own type: what a fact states, before its film has an id. */
export type Statement = { [P in Predicate]: { predicate: P; value: FactOf<P>["value"] } }[Predicate];

/** One reading of a statement about a film, in one sentence, by one rule. */
export interface Draft {
  film: Film;
  statement: Statement;
  sentence: number;
  rule: RuleId;
  confidence: number;
  /** The words that stated it, when the sentence is too long to quote whole. */
  focus?: number;
}

function evidenceOf(doc: Doc, articleId: string, draft: Draft): Evidence {
  const sentence = doc.sentences[draft.sentence];
  let start = sentence?.start ?? 0;
  let end = sentence?.end ?? 0;
  if (end - start > MAX_QUOTE) {
    // A long sentence is quoted around the words that stated the fact.
    const centre = draft.focus ?? start;
    start = Math.max(start, centre - MAX_QUOTE / 2);
    end = Math.min(end, start + MAX_QUOTE);
  }
  return {
    articleId,
    start,
    end,
    quote: doc.text.slice(start, end),
    sentence: draft.sentence,
    rule: draft.rule,
  };
}

/** A readable, unique id per film of the article: its title's slug, numbered on a clash. */
export function filmIds(films: readonly Film[]): Map<Film, string> {
  const ids = new Map<Film, string>();
  const used = new Set<string>();
  for (const film of films) {
    const base = slugify(film.title);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(film, id);
  }
  return ids;
}

/**
 * Drafts to facts: one fact per (film, statement), with the evidence of every sentence and
 * rule that stated it. Each further sentence that confirms it adds a little confidence.
 */
export function assembleFacts(
  doc: Doc,
  articleId: string,
  drafts: readonly Draft[],
  ids: Map<Film, string>,
): Fact[] {
  const groups = new Map<string, Draft[]>();
  // Facts in the order the article first states them.
  const inTextOrder = [...drafts].sort((a, b) => a.sentence - b.sentence || (a.focus ?? 0) - (b.focus ?? 0));
  for (const d of inTextOrder) {
    const id = ids.get(d.film);
    if (!id) continue;
    const key = `${id}|${factValueKey(d.statement.predicate, d.statement.value)}`;
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  const facts: Fact[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    const filmId = first ? ids.get(first.film) : undefined;
    if (!first || !filmId) continue;
    // One evidence per sentence and rule: every reason a sentence gave is kept.
    const byReading = new Map<string, Draft>();
    for (const d of group)
      if (!byReading.has(`${d.sentence}|${d.rule}`)) byReading.set(`${d.sentence}|${d.rule}`, d);
    const evidence = [...byReading.values()]
      .sort((a, b) => a.sentence - b.sentence)
      .map((d) => evidenceOf(doc, articleId, d));
    const sentences = new Set(group.map((d) => d.sentence)).size;
    const best = Math.max(...group.map((d) => d.confidence));
    const confidence = Math.min(0.99, best + 0.05 * (sentences - 1));
    facts.push({
      ...first.statement,
      filmId,
      evidence,
      confidence: Math.round(confidence * 100) / 100,
      extractorVersion: EXTRACTOR_VERSION,
    });
  }
  return facts;
}

/** One article's facts about one film, flattened into the reading shape. */
export function filmView(id: string, facts: readonly Fact[]): ExtractedFilm {
  const of = <P extends Predicate>(p: P) => facts.filter((f): f is FactOf<P> => f.predicate === p);
  const unique = <T>(values: T[], key: (v: T) => string = (v) => normaliseName(String(v))) => {
    const seen = new Set<string>();
    return values.filter((v) => !seen.has(key(v)) && seen.add(key(v)));
  };
  const title = of("title")[0]?.value ?? id;
  const castByName = new Map<string, { name: string; character: string | null }>();
  for (const f of of("cast")) {
    const key = normaliseName(f.value.name);
    const known = castByName.get(key);
    if (!known || (!known.character && f.value.character)) castByName.set(key, f.value);
  }
  return {
    id,
    title,
    aliases: unique(of("alias").map((f) => f.value)).filter((a) => normaliseName(a) !== normaliseName(title)),
    year: of("year")[0]?.value ?? null,
    franchise: of("franchise")[0]?.value ?? null,
    installment: of("installment")[0]?.value ?? null,
    directors: unique(of("director").map((f) => f.value)),
    writers: unique(of("writer").map((f) => f.value)),
    producers: unique(of("producer").map((f) => f.value)),
    cast: [...castByName.values()],
    companies: unique(
      of("company").map((f) => f.value),
      (c) => `${normaliseName(c.name)}|${c.role}`,
    ),
    releases: unique(
      of("release").map((f) => f.value),
      (r) => JSON.stringify(r),
    ),
    filmingLocations: unique(of("filmingLocation").map((f) => f.value.name)),
    genres: unique(of("genre").map((f) => f.value)),
    productionNotes: unique(
      of("productionNote").map((f) => f.value),
      (n) => n.text,
    ),
    relatedFilms: unique(
      of("relatedFilm").map((f) => f.value),
      (r) => `${r.relation}|${normaliseName(r.title)}`,
    ),
  };
}
