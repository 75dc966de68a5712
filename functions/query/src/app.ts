import {
  CORS_POLICY,
  cachedJson,
  HttpProblem,
  notFoundHandler,
  problemErrorHandler,
  validate,
} from "@filmkb/http";
import {
  ArticleId,
  ArticleListQuery,
  AsOfQuery,
  createOpenApiDocument,
  FactQuery,
  FilmId,
  FilmListQuery,
  honoPath,
  NoQuery,
  PageQuery,
  PersonId,
  READ_OPERATIONS,
  type ReadOperationId,
  ReleaseCalendarQuery,
  SearchQuery,
  WRITE_OPERATIONS,
} from "@filmkb/schema";
import { type FilmStore, InvalidCursorError } from "@filmkb/store";
import { type Context, Hono } from "hono";
import { cors } from "hono/cors";
import { DOCS_PATH, SWAGGER_ASSETS, securityHeaders } from "./headers.ts";

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

/**
 * The filmkb HTTPS API (reads), the explorer pages and the API reference. One app object
 * serves the query Lambda (through hono's aws-lambda adapter) and the local server (through
 * @hono/node-server).
 */
export function createQueryApp(deps: QueryDeps) {
  const { store } = deps;
  // Built on first use: generating the document costs cold-start time every GET would pay.
  let openapi: ReturnType<typeof createOpenApiDocument> | undefined;
  const document = () => {
    openapi ??= createOpenApiDocument();
    return openapi;
  };
  // The API reference's page and Swagger UI's files: their code is loaded by the first request
  // for them, like the explorer's below.
  let docs: Promise<ReturnType<typeof import("./docs.ts").createDocs>> | undefined;
  const reference = () => {
    docs ??= import("./docs.ts").then(({ createDocs, swaggerVersion }) => {
      let version: string | undefined;
      return createDocs(SWAGGER_ASSETS, () => (version ??= swaggerVersion()));
    });
    return docs;
  };
  const json = (c: Context, body: unknown) => cachedJson(c, body, deps.cacheMaxAge);
  const notFound = (what: string, id: string) => new HttpProblem(404, `no ${what} with id "${id}"`);
  const id = <T extends typeof FilmId>(schema: T, value: string) => validate(schema, value, "id");
  const noQuery = (c: Context) => validate(NoQuery, c.req.query(), "query");

  /** A film now (one GetItem), or as it stood at `?asOf=` (its facts read and merged again). */
  const filmAsOf = async (c: Context) => {
    const filmId = id(FilmId, c.req.param("id") ?? "");
    const { asOf } = validate(AsOfQuery, c.req.query(), "query");
    const found = asOf ? await store.getFilmAsOf(filmId, asOf) : await store.getFilm(filmId);
    if (found) return found;
    if (asOf && (await store.getFilm(filmId)))
      throw new HttpProblem(404, `film "${filmId}" had not been reported as of ${asOf}`);
    throw notFound("film", filmId);
  };

  /** One handler per read the OpenAPI document describes; the type refuses a missing one. */
  const handlers: Record<ReadOperationId, (c: Context) => Promise<Response>> = {
    listFilms: async (c) => {
      const query = validate(FilmListQuery, c.req.query(), "query");
      const page = { limit: query.limit, cursor: query.cursor };
      return json(
        c,
        await (query.q === undefined ? store.recentFilms(page) : store.searchFilms(query.q, page)),
      );
    },
    getFilm: async (c) => {
      const found = await filmAsOf(c);
      if (found.redirectedFrom) c.header("content-location", `/films/${found.film.id}`);
      return json(c, found.film);
    },
    listFilmFacts: async (c) => {
      const filmId = id(FilmId, c.req.param("id") ?? "");
      return json(c, await store.filmFacts(filmId, validate(FactQuery, c.req.query(), "query")));
    },
    getFilmReleases: async (c) => json(c, (await filmAsOf(c)).film.releases),
    listFilmArticles: async (c) => {
      const filmId = id(FilmId, c.req.param("id") ?? "");
      return json(c, await store.filmArticles(filmId, validate(PageQuery, c.req.query(), "query")));
    },
    listPeople: async (c) => {
      const query = validate(SearchQuery, c.req.query(), "query");
      return json(c, await store.searchPeople(query.q, { limit: query.limit, cursor: query.cursor }));
    },
    getPerson: async (c) => {
      const personId = id(PersonId, c.req.param("id") ?? "");
      noQuery(c);
      const person = await store.getPerson(personId);
      if (!person) throw notFound("person", personId);
      return json(c, person);
    },
    listPersonFilms: async (c) => {
      const personId = id(PersonId, c.req.param("id") ?? "");
      return json(c, await store.filmsByPerson(personId, validate(PageQuery, c.req.query(), "query")));
    },
    listReleases: async (c) =>
      json(c, await store.releaseCalendar(validate(ReleaseCalendarQuery, c.req.query(), "query"))),
    listArticles: async (c) =>
      json(c, await store.listArticles(validate(ArticleListQuery, c.req.query(), "query"))),
    getArticle: async (c) => {
      const articleId = validate(ArticleId, c.req.param("id"), "id");
      const found = await store.getArticleWithFacts(articleId, validate(PageQuery, c.req.query(), "query"));
      if (!found) throw notFound("article", articleId);
      return json(c, found);
    },
    getArticleText: async (c) => {
      const articleId = validate(ArticleId, c.req.param("id"), "id");
      noQuery(c);
      const text = await store.articleText(articleId);
      if (text === null) {
        const known = await store.getArticle(articleId);
        if (!known) throw notFound("article", articleId);
        throw new HttpProblem(
          404,
          `article ${articleId} has no normalised text stored (status ${known.status.state})`,
        );
      }
      return c.body(text, 200, {
        "content-type": "text/plain; charset=utf-8",
        "cache-control": `public, max-age=${deps.cacheMaxAge}`,
      });
    },
  };

  const app = new Hono();
  app.use("*", securityHeaders);
  app.use(
    "*",
    cors({
      ...CORS_POLICY,
      allowMethods: [...CORS_POLICY.allowMethods],
      exposeHeaders: [...CORS_POLICY.exposeHeaders],
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

  for (const op of READ_OPERATIONS) app.get(honoPath(op.path), handlers[op.operationId]);
  app.get("/openapi.json", async (c) => json(c, await document()));
  app.get(DOCS_PATH, async (c) =>
    c.html((await reference()).page(), 200, { "cache-control": `public, max-age=${deps.cacheMaxAge}` }),
  );
  app.get("/assets/*", async (c, next) =>
    c.req.path.startsWith(SWAGGER_ASSETS)
      ? ((await reference()).serveAsset(c, c.req.path) ?? next())
      : next(),
  );
  // Every other GET is the explorer's (its pages, its stylesheet) or no route at all. Its code
  // is loaded by the first such request: a cold start that serves the JSON API never reads it.
  let explorer: Promise<Hono> | undefined;
  app.get("*", async (c) => {
    explorer ??= import("@filmkb/explorer").then(({ createExplorerApp }) =>
      createExplorerApp({ store, cacheMaxAge: deps.cacheMaxAge }).notFound(notFoundHandler),
    );
    return (await explorer).fetch(c.req.raw);
  });

  // A known path with another method is 405, naming the methods it does allow. Methods that
  // another function serves on the same path (POST /articles) are left to it.
  const paths = [...new Set([...READ_OPERATIONS.map((op) => op.path), "/openapi.json", DOCS_PATH])];
  for (const path of paths) {
    const writes: string[] = WRITE_OPERATIONS.filter((w) => w.path === path).map((w) => w.method);
    const refused = ["POST", "PUT", "PATCH", "DELETE"].filter((m) => !writes.includes(m));
    app.on(refused, honoPath(path), (c) => {
      throw new HttpProblem(405, `${c.req.method} is not allowed on ${c.req.path}`, {
        headers: { allow: ["GET", "HEAD", "OPTIONS", ...writes].join(", ") },
      });
    });
  }
  // POST /articles is the ingest function's (routed to it ahead of this app); other writes are 405.
  app.on(["PUT", "PATCH", "DELETE"], "/articles", (c) => {
    throw new HttpProblem(405, `${c.req.method} is not allowed on /articles`, { headers: { allow: "POST" } });
  });
  return app;
}
