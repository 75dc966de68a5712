/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { HttpProblem, validate } from "@filmkb/http";
import {
  type Article,
  ArticleId,
  ArticleState,
  AsOfQuery,
  asOfBound,
  FilmId,
  instantOf,
  PersonId,
  RegionCode,
  ReleaseMedium,
} from "@filmkb/schema";
import { type FilmStore, InvalidCursorError } from "@filmkb/store";
import { type Context, Hono } from "hono";
import type { Child } from "hono/jsx";
import * as z from "zod";
import { ArticlePage } from "./article.tsx";
import { CSS_PATH, FAVICON_PATH, FAVICON_SVG } from "./assets.ts";
import { CalendarPage } from "./calendar.tsx";
import { FilmPage } from "./film.tsx";
import { parseFocus } from "./highlight.ts";
import { HomePage } from "./home.tsx";
import { href, Layout } from "./layout.tsx";
import { ArticlesPage, FilmsPage, SearchPage } from "./lists.tsx";
import { PersonPage } from "./person.tsx";
import { EXPLORER_CSS } from "./styles.ts";

export interface ExplorerDeps {
  store: FilmStore;
  /** Seconds a page may be cached. */
  cacheMaxAge: number;
  now?: () => Date;
}

const Cursor = z.string().max(2048).optional();
const ListQuery = z.object({ cursor: Cursor });
const ArticlesQuery = z.object({ status: ArticleState.optional(), cursor: Cursor });
const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "month must be YYYY-MM" })
  .optional();
const CalendarQuery = z.object({
  month: Month,
  // An empty form field means "any".
  region: z.preprocess(
    (v) => (v === "" ? undefined : typeof v === "string" ? v.toUpperCase() : v),
    RegionCode.optional(),
  ),
  medium: z.preprocess((v) => (v === "" ? undefined : v), ReleaseMedium.optional()),
});

async function page(c: Context, node: Child, status: 200 | 400 | 404 = 200, maxAge = 0) {
  const html = `<!doctype html>${await String(node)}`;
  return c.html(html, status, { "cache-control": status === 200 ? `public, max-age=${maxAge}` : "no-store" });
}

function ErrorPage({ status, detail }: { status: number; detail: string }) {
  return (
    <Layout title={status === 404 ? "Not found" : "Bad request"}>
      <h1>{status === 404 ? "Not found" : "That request could not be read"}</h1>
      <p>{detail}</p>
      <p>
        <a href={href.home()}>Back to the start</a>
      </p>
    </Layout>
  );
}

/** Reads every page of a paged store read, up to `max` items (pages show a bounded list). */
async function collect<T>(
  read: (cursor?: string) => Promise<{ items: T[]; nextCursor: string | null }>,
  max: number,
) {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < max);
  return items.slice(0, max);
}

/**
 * The explorer: the knowledge base as server-rendered pages (hono JSX, which escapes every
 * value), usable without JavaScript. Mounted by the query function at `/` and `/explore/*`.
 */
export function createExplorerApp(deps: ExplorerDeps) {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());
  const app = new Hono();
  const render = (c: Context, node: Child) => page(c, node, 200, deps.cacheMaxAge);

  app.onError(async (error, c) => {
    if (error instanceof HttpProblem && (error.status === 400 || error.status === 404))
      return page(c, <ErrorPage status={error.status} detail={error.detail} />, error.status);
    if (error instanceof InvalidCursorError)
      return page(c, <ErrorPage status={400} detail="That page link has expired or was altered." />, 400);
    throw error;
  });

  app.get(CSS_PATH, (c) =>
    c.body(EXPLORER_CSS, 200, {
      "content-type": "text/css; charset=utf-8",
      "cache-control": "public, max-age=31536000, immutable",
    }),
  );

  app.get(FAVICON_PATH, (c) =>
    c.body(FAVICON_SVG, 200, { "content-type": "image/svg+xml", "cache-control": "public, max-age=86400" }),
  );

  app.get("/", async (c) => {
    const [films, articles] = await Promise.all([
      store.recentFilms({ limit: 12 }),
      store.listArticles({ limit: 10 }),
    ]);
    return render(c, <HomePage films={films.items} articles={articles.items} />);
  });

  app.get("/explore/search", async (c) => {
    const q = (c.req.query("q") ?? "").trim().slice(0, 200);
    if (!q) return c.redirect(href.home(), 302);
    const [films, people] = await Promise.all([
      store.searchFilms(q, { limit: 30 }),
      store.searchPeople(q, { limit: 30 }),
    ]);
    return render(c, <SearchPage q={q} films={films.items} people={people.items} />);
  });

  app.get("/explore/films", async (c) => {
    const { cursor } = validate(ListQuery, c.req.query(), "query");
    const films = await store.recentFilms({ limit: 30, cursor });
    return render(c, <FilmsPage films={films.items} next={films.nextCursor} />);
  });

  app.get("/explore/films/:id", async (c) => {
    const filmId = validate(FilmId, c.req.param("id"), "id");
    const { asOf } = validate(AsOfQuery, c.req.query(), "query");
    const found = asOf ? await store.getFilmAsOf(filmId, asOf) : await store.getFilm(filmId);
    if (!found)
      throw new HttpProblem(404, `No film is known by the id “${filmId}”${asOf ? ` as of ${asOf}` : ""}.`);
    if (found.redirectedFrom) return c.redirect(href.film(found.film.id, asOf), 301);
    const [all, articles] = await Promise.all([
      store.allFilmFacts(found.film.id),
      collect((cursor) => store.filmArticles(found.film.id, { limit: 100, cursor }), 300),
    ]);
    const bound = asOf ? asOfBound(asOf) : Number.POSITIVE_INFINITY;
    const facts = all.filter((f) => instantOf(f.reportedAt) <= bound);
    const byId = new Map<string, Article>(articles.map((a) => [a.id, a]));
    return render(c, <FilmPage film={found.film} facts={facts} articles={byId} asOf={asOf} />);
  });

  app.get("/explore/people/:id", async (c) => {
    const personId = validate(PersonId, c.req.param("id"), "id");
    const person = await store.getPerson(personId);
    if (!person) throw new HttpProblem(404, `No person is known by the id “${personId}”.`);
    return render(c, <PersonPage person={person} />);
  });

  app.get("/explore/articles", async (c) => {
    const { status, cursor } = validate(ArticlesQuery, c.req.query(), "query");
    const articles = await store.listArticles({ limit: 30, cursor, status });
    return render(c, <ArticlesPage articles={articles.items} status={status} next={articles.nextCursor} />);
  });

  app.get("/explore/articles/:id", async (c) => {
    const articleId = validate(ArticleId, c.req.param("id"), "id");
    const [found, text] = await Promise.all([
      store.getArticleWithFacts(articleId),
      store.articleText(articleId),
    ]);
    if (!found) throw new HttpProblem(404, `No article has the id ${articleId}.`);
    const focus = parseFocus(c.req.query("at"));
    return render(c, <ArticlePage article={found.article} facts={found.facts} text={text} focus={focus} />);
  });

  app.get("/explore/calendar", async (c) => {
    const query = validate(CalendarQuery, c.req.query(), "query");
    const month = query.month ?? now().toISOString().slice(0, 7);
    const entries = await collect(
      (cursor) =>
        store.releaseCalendar({
          from: month,
          to: month,
          region: query.region,
          medium: query.medium,
          limit: 100,
          cursor,
        }),
      500,
    );
    return render(
      c,
      <CalendarPage
        month={month}
        region={query.region}
        medium={query.medium}
        entries={entries}
        today={now().toISOString().slice(0, 10)}
      />,
    );
  });

  return app;
}
