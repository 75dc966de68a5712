import { cachedJson, HttpProblem, notFoundHandler, problemErrorHandler, validate } from "@filmkb/http";
import {
  ArticleId,
  createOpenApiDocument,
  FactQuery,
  FilmId,
  NoQuery,
  PageQuery,
  PersonId,
  ReleaseCalendarQuery,
  SearchQuery,
} from "@filmkb/schema";
import { type FilmStore, InvalidCursorError } from "@filmkb/store";
import { Hono } from "hono";
import { cors } from "hono/cors";
import { renderDocs } from "./docs.ts";

export interface QueryDeps {
  store: FilmStore;
  cacheMaxAge: number;
  log: (message: string, error: unknown) => void;
}

const THROTTLED = new Set([
  "ThrottlingException",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
]);
const ROUTES = [
  "/films",
  "/films/:id",
  "/films/:id/facts",
  "/films/:id/releases",
  "/films/:id/articles",
  "/people",
  "/people/:id",
  "/people/:id/films",
  "/releases",
  "/articles/:id",
  "/openapi.json",
  "/docs",
];

/**
 * The filmkb HTTPS API (reads). One app object serves the query Lambda (through hono's
 * aws-lambda adapter) and the local server (through @hono/node-server).
 */
export function createQueryApp(deps: QueryDeps) {
  const { store } = deps;
  // Built on first use: generating the document costs cold-start time every GET would pay.
  let openapi: ReturnType<typeof createOpenApiDocument> | undefined;
  let docs: string | undefined;
  const document = () => {
    openapi ??= createOpenApiDocument();
    return openapi;
  };
  const json = (c: Parameters<typeof cachedJson>[0], body: unknown) => cachedJson(c, body, deps.cacheMaxAge);
  const notFound = (what: string, id: string) => new HttpProblem(404, `no ${what} with id "${id}"`);
  const id = <T extends typeof FilmId>(schema: T, value: string) => validate(schema, value, "id");

  const app = new Hono();
  app.use(
    "*",
    cors({
      origin: "*",
      allowMethods: ["GET", "HEAD", "OPTIONS"],
      exposeHeaders: ["ETag", "Location"],
      maxAge: 600,
    }),
  );
  app.onError((error, c) => {
    if (error instanceof InvalidCursorError)
      return problemErrorHandler(deps.log)(
        new HttpProblem(400, error.message, {
          type: "invalid-cursor",
          errors: [{ path: "cursor", message: error.message }],
        }),
        c,
      );
    if (error instanceof Error && THROTTLED.has(error.name))
      return problemErrorHandler(deps.log)(
        new HttpProblem(429, "the knowledge base is busy; retry shortly", {
          headers: { "retry-after": "1" },
        }),
        c,
      );
    return problemErrorHandler(deps.log)(error, c);
  });
  app.notFound(notFoundHandler);

  app.get("/films", async (c) =>
    json(c, await store.searchFilms(...searchArgs(validate(SearchQuery, c.req.query(), "query")))),
  );
  app.get("/films/:id", async (c) => {
    const filmId = id(FilmId, c.req.param("id"));
    const found = await store.getFilm(filmId);
    if (!found) throw notFound("film", filmId);
    if (found.redirectedFrom) c.header("content-location", `/films/${found.film.id}`);
    return json(c, found.film);
  });
  app.get("/films/:id/facts", async (c) => {
    const filmId = id(FilmId, c.req.param("id"));
    return json(c, await store.filmFacts(filmId, validate(FactQuery, c.req.query(), "query")));
  });
  app.get("/films/:id/releases", async (c) => {
    const filmId = id(FilmId, c.req.param("id"));
    validate(NoQuery, c.req.query(), "query");
    const found = await store.getFilm(filmId);
    if (!found) throw notFound("film", filmId);
    return json(c, found.film.releases);
  });
  app.get("/films/:id/articles", async (c) => {
    const filmId = id(FilmId, c.req.param("id"));
    return json(c, await store.filmArticles(filmId, validate(PageQuery, c.req.query(), "query")));
  });
  app.get("/people", async (c) =>
    json(c, await store.searchPeople(...searchArgs(validate(SearchQuery, c.req.query(), "query")))),
  );
  app.get("/people/:id", async (c) => {
    const personId = id(PersonId, c.req.param("id"));
    validate(NoQuery, c.req.query(), "query");
    const person = await store.getPerson(personId);
    if (!person) throw notFound("person", personId);
    return json(c, person);
  });
  app.get("/people/:id/films", async (c) => {
    const personId = id(PersonId, c.req.param("id"));
    return json(c, await store.filmsByPerson(personId, validate(PageQuery, c.req.query(), "query")));
  });
  app.get("/releases", async (c) =>
    json(c, await store.releaseCalendar(validate(ReleaseCalendarQuery, c.req.query(), "query"))),
  );
  app.get("/articles/:id", async (c) => {
    const articleId = validate(ArticleId, c.req.param("id"), "id");
    validate(NoQuery, c.req.query(), "query");
    const found = await store.getArticleWithFacts(articleId);
    if (!found) throw notFound("article", articleId);
    return json(c, found);
  });
  app.get("/openapi.json", (c) => json(c, document()));
  app.get("/docs", (c) => {
    docs ??= renderDocs(document() as Parameters<typeof renderDocs>[0]);
    return c.html(docs, 200, { "cache-control": `public, max-age=${deps.cacheMaxAge}` });
  });

  // A known path with another method is 405, with the methods it does allow.
  for (const route of ROUTES) {
    app.on(["POST", "PUT", "PATCH", "DELETE"], route, (c) => {
      throw new HttpProblem(405, `${c.req.method} is not allowed on ${c.req.path}`, {
        headers: { allow: "GET, HEAD, OPTIONS" },
      });
    });
  }
  return app;
}

function searchArgs(query: SearchQuery): [string, { limit: number; cursor?: string | undefined }] {
  return [query.q, { limit: query.limit, cursor: query.cursor }];
}
