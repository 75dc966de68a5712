import {
  type Evidence,
  type ExtractedFilm,
  type Fact,
  factValueKey,
  MAX_QUOTE,
  slugify,
} from "@filmkb/schema";
import type { FilmEntity } from "./films/films.ts";
import { normaliseName } from "./lexicon/memo.ts";
import type { Context, FactDraft } from "./relations/context.ts";
import { EXTRACTOR_VERSION } from "./version.ts";

function evidenceFor(
  ctx: Context,
  articleId: string,
  d: { start: number; end: number; sentence: number },
  focus?: { start: number; end: number },
): Evidence {
  let { start, end } = d;
  if (end - start > MAX_QUOTE) {
    // Long sentences are quoted around the words that stated the fact.
    const centre = focus ? focus.start : start;
    start = Math.max(d.start, centre - MAX_QUOTE / 2);
    end = Math.min(d.end, start + MAX_QUOTE);
  }
  return {
    articleId,
    start,
    end,
    quote: ctx.text.slice(start, end),
    sentence: d.sentence,
    rule: "unrecorded",
  };
}

/** Drafts to facts: one fact per (film, predicate, value), with the evidence of every sentence that stated it. */
export function assembleFacts(ctx: Context, articleId: string, ids: Map<FilmEntity, string>): Fact[] {
  const grouped = new Map<string, { film: FilmEntity; drafts: FactDraft[] }>();
  for (const d of ctx.drafts) {
    const key = `${ids.get(d.film)}|${factValueKey(d.predicate, d.value)}`;
    const group = grouped.get(key) ?? { film: d.film, drafts: [] };
    group.drafts.push(d);
    grouped.set(key, group);
  }
  const facts: Fact[] = [];
  for (const { film, drafts } of grouped.values()) {
    const first = drafts[0];
    if (!first) continue;
    const seen = new Set<number>();
    const evidence = drafts
      .filter((d) => !seen.has(d.sentence) && seen.add(d.sentence))
      .map((d) => evidenceFor(ctx, articleId, d));
    const confidence = Math.min(
      0.99,
      Math.max(...drafts.map((d) => d.confidence)) + 0.05 * (evidence.length - 1),
    );
    facts.push({
      predicate: first.predicate,
      value: first.value,
      filmId: ids.get(film) ?? slugify(film.title),
      evidence,
      confidence: Math.round(confidence * 100) / 100,
      extractorVersion: EXTRACTOR_VERSION,
    } as Fact);
  }
  return facts;
}

/** One article's facts about one film, flattened into the reading shape. */
export function filmView(id: string, facts: Fact[]): ExtractedFilm {
  const of = <P extends Fact["predicate"]>(p: P) =>
    facts.filter((f): f is Extract<Fact, { predicate: P }> => f.predicate === p);
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
