import { GetCommand, paginateQuery, QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import {
  Article,
  type ArticleListQuery,
  asOfBound,
  type Credit,
  type Fact,
  type FactQuery,
  type Film,
  FilmSummary,
  instantOf,
  lazily,
  type PageQuery,
  type Person,
  type ReleaseCalendarQuery,
} from "@filmkb/schema";
import * as z from "zod";
import { queryAll, type StoreContext } from "./context.ts";
import { CorruptItemError } from "./errors.ts";
import {
  ArticleItem,
  CalendarItem,
  CreditItem,
  FactItem,
  MentionItem,
  PersonItem,
  parseItem,
  RedirectItem,
  storedFactOf,
  ViewItem,
} from "./items.ts";
import {
  articleFactsParams,
  articlesParams,
  articleTextParams,
  calendarParams,
  creditsParams,
  filmArticlesParams,
  filmFactsParams,
  filmViewParams,
  personParams,
  recentFilmsParams,
  searchParams,
} from "./read-params.ts";
import { readArticle } from "./save.ts";
import { computeFilmView, type StoredFact } from "./view.ts";

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** One Query, one page: items parsed with their schema; a corrupt one is reported and left out. */
async function queryPage<T>(
  ctx: StoreContext,
  params: QueryCommandInput,
  page: { limit: number; cursor?: string | undefined },
  identity: unknown,
  parse: (item: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const start = ctx.cursors.decode(page.cursor, identity);
  const out = await ctx.doc.send(
    new QueryCommand({ ...params, Limit: page.limit, ExclusiveStartKey: start }),
  );
  const items: T[] = [];
  for (const item of (out.Items ?? []) as Record<string, unknown>[]) {
    try {
      items.push(parse(item));
    } catch (error) {
      if (!(error instanceof CorruptItemError)) throw error;
      ctx.report(error);
    }
  }
  return { items, nextCursor: ctx.cursors.encode(out.LastEvaluatedKey, identity) };
}

export type FilmLookup = { film: Film; redirectedFrom: string | null } | null;

/** GET a film's merged view: one GetItem (a second one only for an id merged into another). */
export async function getFilm(ctx: StoreContext, filmId: string, depth = 0): Promise<FilmLookup> {
  const { Item } = await ctx.doc.send(new GetCommand(filmViewParams(ctx.table, filmId)));
  if (!Item) return null;
  if (Item.type === "redirect" && depth < 3) {
    const target = await getFilm(ctx, parseItem(RedirectItem, Item).into, depth + 1);
    return target && { film: target.film, redirectedFrom: target.redirectedFrom ?? filmId };
  }
  return { film: parseItem(ViewItem, Item).data, redirectedFrom: null };
}

const AliasSearchItem = lazily(() =>
  z.object({ pk: z.string(), sk: z.string(), type: z.literal("alias"), summary: FilmSummary }),
);

/** One Query on the name-prefix index: names of one kind that start like `q`. */
function searchByName<T>(
  ctx: StoreContext,
  kind: "FILM" | "PERSON",
  q: string,
  page: PageQuery,
  parse: (item: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const params = searchParams(ctx.table, kind, q);
  return queryPage(
    ctx,
    params,
    page,
    { op: "search", kind, norm: params.ExpressionAttributeValues?.[":prefix"] },
    parse,
  );
}

/** Films whose title or alias starts with `q` (case-, accent- and leading-article-insensitive). */
export function searchFilms(
  ctx: StoreContext,
  q: string,
  page: PageQuery,
): Promise<Page<z.infer<typeof FilmSummary>>> {
  return searchByName(ctx, "FILM", q, page, (item) => parseItem(AliasSearchItem, item).summary);
}

export function searchPeople(
  ctx: StoreContext,
  q: string,
  page: PageQuery,
): Promise<Page<{ id: string; name: string }>> {
  return searchByName(ctx, "PERSON", q, page, (item) => {
    const person = parseItem(PersonItem, item);
    return { id: person.id, name: person.name };
  });
}

const toCredit = (item: Record<string, unknown>): Credit => {
  const c = parseItem(CreditItem, item);
  return { filmId: c.filmId, title: c.title, role: c.role, character: c.character };
};

/** A person and every credit: one Query over the person's partition. */
export async function getPerson(ctx: StoreContext, personId: string): Promise<Person | null> {
  const out = await ctx.doc.send(new QueryCommand(personParams(ctx.table, personId)));
  let name: string | null = null;
  const credits: Credit[] = [];
  for (const item of (out.Items ?? []) as Record<string, unknown>[]) {
    try {
      if (item.type === "person") name = parseItem(PersonItem, item).name;
      else if (item.type === "credit") credits.push(toCredit(item));
    } catch (error) {
      if (!(error instanceof CorruptItemError)) throw error;
      ctx.report(error);
    }
  }
  return name ? { id: personId, name, credits } : null;
}

export function filmsByPerson(ctx: StoreContext, personId: string, page: PageQuery): Promise<Page<Credit>> {
  return queryPage(
    ctx,
    creditsParams(ctx.table, personId),
    page,
    { op: "filmsByPerson", personId },
    toCredit,
  );
}

/** Current releases in a date range, optionally for one region and medium: one Query. */
export function releaseCalendar(ctx: StoreContext, query: ReleaseCalendarQuery) {
  return queryPage(
    ctx,
    calendarParams(ctx.table, query),
    query,
    { op: "calendar", from: query.from, to: query.to, region: query.region, medium: query.medium },
    (item) => {
      const c = parseItem(CalendarItem, item);
      return {
        filmId: c.filmId,
        title: c.title,
        date: c.date,
        region: c.region,
        medium: c.medium,
        platform: c.platform,
        articleId: c.articleId,
        reportedAt: c.reportedAt,
        receivedAt: c.receivedAt ?? c.reportedAt ?? "",
        confidence: c.confidence,
      };
    },
  );
}

/** A film's facts with their evidence, optionally of one predicate and above a confidence: one Query. */
export function filmFacts(
  ctx: StoreContext,
  filmId: string,
  query: FactQuery,
): Promise<Page<{ fact: Fact; articlePublishedAt: string | null; articleReceivedAt: string }>> {
  return queryPage(
    ctx,
    filmFactsParams(ctx.table, filmId, query),
    query,
    { op: "filmFacts", filmId, predicate: query.predicate, min: query.minConfidence },
    (item) => {
      const f = storedFactOf(parseItem(FactItem, item));
      return { fact: f.fact, articlePublishedAt: f.publishedAt, articleReceivedAt: f.receivedAt };
    },
  );
}

const MentionWithArticle = lazily(() => MentionItem.unwrap().extend({ data: Article }));

/** The articles that mention a film, newest first: one Query. */
export function filmArticles(ctx: StoreContext, filmId: string, page: PageQuery): Promise<Page<Article>> {
  return queryPage(
    ctx,
    filmArticlesParams(ctx.table, filmId),
    page,
    { op: "filmArticles", filmId },
    (item) => parseItem(MentionWithArticle, item).data,
  );
}

/**
 * An article with a page of the facts it gave: the article (and its sources) from its own
 * partition and the facts from the by-article index, two Queries sent together. One article
 * may give thousands of facts, so they come a page at a time.
 */
export async function getArticleWithFacts(
  ctx: StoreContext,
  articleId: string,
  page: PageQuery,
): Promise<{ article: Article; facts: Fact[]; nextCursor: string | null } | null> {
  const [article, facts] = await Promise.all([
    readArticle(ctx, articleId),
    queryPage(
      ctx,
      articleFactsParams(ctx.table, articleId),
      page,
      { op: "articleFacts", articleId },
      (item) => parseItem(FactItem, item).data,
    ),
  ]);
  return article ? { article, facts: facts.items, nextCursor: facts.nextCursor } : null;
}

const RecentFilmItem = lazily(() => z.object({ pk: z.string(), sk: z.string(), summary: FilmSummary }));

/** Films, most recently updated first: one Query on the recency index, reading summaries only. */
export function recentFilms(ctx: StoreContext, page: PageQuery): Promise<Page<z.infer<typeof FilmSummary>>> {
  return queryPage(
    ctx,
    recentFilmsParams(ctx.table),
    page,
    { op: "recentFilms" },
    (item) => parseItem(RecentFilmItem, item).summary,
  );
}

/** Articles, newest first, optionally of one status: one Query on the recency or the status index. */
export function listArticles(ctx: StoreContext, query: ArticleListQuery): Promise<Page<Article>> {
  return queryPage(
    ctx,
    articlesParams(ctx.table, query),
    query,
    { op: "articles", status: query.status },
    (item) => parseItem(ArticleItem, item).data,
  );
}

const TextChunkItem = lazily(() =>
  z.object({ pk: z.string(), sk: z.string(), type: z.literal("text"), text: z.string() }),
);

/**
 * The article's text as the extractor normalised it (what evidence offsets refer to): one
 * Query over its chunks. Null when none is stored (an article not ingested yet, or stored
 * before filmkb kept it).
 */
export async function articleText(ctx: StoreContext, articleId: string): Promise<string | null> {
  const items = await queryAll(ctx, articleTextParams(ctx.table, articleId, "normalised"));
  if (items.length === 0) return null;
  return items.map((item) => parseItem(TextChunkItem, item).text).join("");
}

/**
 * Every fact about a film with its article and report date, for pages that show a film whole.
 * Stops after `max` facts, so a film in thousands of articles costs a bounded read.
 */
export async function allFilmFacts(ctx: StoreContext, filmId: string, max = 2000): Promise<StoredFact[]> {
  const facts: StoredFact[] = [];
  const pages = paginateQuery({ client: ctx.doc, pageSize: 500 }, filmFactsParams(ctx.table, filmId, {}));
  for await (const page of pages) {
    for (const item of (page.Items ?? []) as Record<string, unknown>[]) {
      try {
        facts.push(storedFactOf(parseItem(FactItem, item)));
      } catch (error) {
        if (!(error instanceof CorruptItemError)) throw error;
        ctx.report(error);
      }
    }
    if (facts.length >= max) break;
  }
  return facts;
}

/**
 * A film as the knowledge base stood at `asOf`: its view recomputed from the facts reported
 * by then (an article counts from its publication date, else from when it was received).
 * Null when the film is unknown, or was not yet reported at that time. One GetItem and a Query
 * of the film's facts.
 */
export async function getFilmAsOf(ctx: StoreContext, filmId: string, asOf: string): Promise<FilmLookup> {
  const found = await getFilm(ctx, filmId);
  if (!found) return null;
  const bound = asOfBound(asOf);
  const facts = (await allFilmFacts(ctx, found.film.id)).filter((f) => instantOf(f.reportedAt) <= bound);
  if (facts.length === 0) return null;
  const latest = Math.max(...facts.map((f) => instantOf(f.reportedAt)));
  const film = computeFilmView(
    found.film.id,
    facts,
    { version: found.film.version - 1, mergedFrom: found.film.mergedFrom },
    new Date(latest).toISOString(),
  );
  return { film, redirectedFrom: found.redirectedFrom };
}
