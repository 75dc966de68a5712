import * as z from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiResponsesObject } from "zod-openapi";
import {
  ArticleAccepted,
  ArticleListQuery,
  ArticleSubmission,
  ArticleWithFacts,
  AsOfQuery,
  CalendarEntry,
  FactQuery,
  FactWithContext,
  FilmListQuery,
  PageQuery,
  Problem,
  page,
  ReleaseCalendarQuery,
  SearchQuery,
  SubmitQuery,
} from "./api.ts";
import { Article } from "./article.ts";
import * as ex from "./examples.ts";
import { ArticleId, FilmId, PersonId } from "./ids.ts";
import { Credit, Film, FilmReleases, FilmSummary, Person } from "./views.ts";

export const API_VERSION = "1.1.0";

type Tag = "films" | "people" | "releases" | "articles";

/**
 * One read of the API, described once: the query function registers a handler for each
 * `operationId` (its type demands one per entry), answers other methods on the path with 405,
 * and the OpenAPI document is generated from the same entries.
 */
export interface ReadOperation {
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: Tag;
  /** Built when the document is (schemas are built on first use, not at import). */
  params: () => { path?: z.ZodObject; query?: z.ZodType<unknown, Record<string, unknown>> };
  ok: () => { description: string; schema: z.ZodType; example: unknown; mediaType?: string };
  notFound: boolean;
}

// The ids themselves, not their lazy wrappers: a parameter takes its description from them.
const filmPath = () => z.object({ id: FilmId.unwrap() });
const personPath = () => z.object({ id: PersonId.unwrap() });
const articlePath = () => z.object({ id: ArticleId.unwrap() });

const read = <Id extends string>(
  operationId: Id,
  path: string,
  tag: Tag,
  summary: string,
  params: ReadOperation["params"],
  ok: ReadOperation["ok"],
  description?: string,
): ReadOperation & { operationId: Id } => ({
  operationId,
  path,
  tag,
  summary,
  params,
  ok,
  notFound: path.includes("{id}"),
  ...(description ? { description } : {}),
});

/** Every GET of the API. */
export const READ_OPERATIONS = [
  read(
    "listFilms",
    "/films",
    "films",
    "List films, or search them by title or alias",
    () => ({ query: FilmListQuery }),
    () => ({
      description: "A page of films.",
      schema: page(FilmSummary),
      example: ex.page(ex.filmSummaryExample),
    }),
    "With `q`, films whose title or an alias starts with it. Without, every film, most recently updated first.",
  ),
  read(
    "getFilm",
    "/films/{id}",
    "films",
    "A film's merged view, now or as it stood on a date",
    () => ({ path: filmPath(), query: AsOfQuery }),
    () => ({ description: "The film.", schema: Film, example: ex.filmExample }),
    "Everything known about the film, merged across articles: each value with its confidence and the articles behind it. With `asOf`, only what had been reported by then. An id that was merged into another film answers with that film and a `Content-Location` header.",
  ),
  read(
    "listFilmFacts",
    "/films/{id}/facts",
    "films",
    "Every fact about a film, with its evidence",
    () => ({ path: filmPath(), query: FactQuery }),
    () => ({
      description: "A page of facts.",
      schema: page(FactWithContext),
      example: ex.page({
        fact: ex.factExample,
        articlePublishedAt: "2026-03-02",
        articleReceivedAt: "2026-03-02T10:14:58.000Z",
      }),
    }),
    "Each fact carries the sentences that stated it: the quote, its offsets in the article's normalised text (`GET /articles/{id}/text`) and the extractor rule that read it.",
  ),
  read(
    "getFilmReleases",
    "/films/{id}/releases",
    "releases",
    "A film's current releases and their history, now or as they stood on a date",
    () => ({ path: filmPath(), query: AsOfQuery }),
    () => ({ description: "Releases.", schema: FilmReleases, example: ex.releasesExample }),
    "`current` holds the latest report per region × medium; `history` every report, oldest first, each naming the article that reported it and the later report that superseded it. With `asOf`, reports made after it are left out.",
  ),
  read(
    "listFilmArticles",
    "/films/{id}/articles",
    "articles",
    "Articles that mention a film",
    () => ({ path: filmPath(), query: PageQuery }),
    () => ({
      description: "A page of articles, newest first.",
      schema: page(Article),
      example: ex.page(ex.articleExample),
    }),
  ),
  read(
    "listPeople",
    "/people",
    "people",
    "Search people by name prefix",
    () => ({ query: SearchQuery }),
    () => ({
      description: "A page of people.",
      schema: page(Person.unwrap().pick({ id: true, name: true })),
      example: ex.page({ id: ex.personExample.id, name: ex.personExample.name }),
    }),
  ),
  read(
    "getPerson",
    "/people/{id}",
    "people",
    "A person and their credits",
    () => ({ path: personPath() }),
    () => ({ description: "The person.", schema: Person, example: ex.personExample }),
  ),
  read(
    "listPersonFilms",
    "/people/{id}/films",
    "people",
    "A person's films, with their role",
    () => ({ path: personPath(), query: PageQuery }),
    () => ({ description: "A page of credits.", schema: page(Credit), example: ex.page(ex.creditExample) }),
  ),
  read(
    "listReleases",
    "/releases",
    "releases",
    "The release calendar",
    () => ({ query: ReleaseCalendarQuery }),
    () => ({
      description: "A page of releases in the range, by date.",
      schema: page(CalendarEntry),
      example: ex.page(ex.calendarEntryExample),
    }),
    "The current release of each film per region × medium that falls in the range; superseded dates are left out.",
  ),
  read(
    "listArticles",
    "/articles",
    "articles",
    "List articles, newest first",
    () => ({ query: ArticleListQuery }),
    () => ({
      description: "A page of articles.",
      schema: page(Article),
      example: ex.page(ex.articleExample),
    }),
    "Every article received, newest first, with its status: `pending`, `ingested`, `no-films`, or `failed` with the reason.",
  ),
  read(
    "getArticle",
    "/articles/{id}",
    "articles",
    "An article's status, metadata and facts, a page of facts at a time",
    () => ({ path: articlePath(), query: PageQuery }),
    () => ({
      description: "The article and a page of its facts.",
      schema: ArticleWithFacts,
      example: { article: ex.articleExample, facts: [ex.factExample], nextCursor: null },
    }),
  ),
  read(
    "getArticleText",
    "/articles/{id}/text",
    "articles",
    "An article's normalised text",
    () => ({ path: articlePath() }),
    () => ({
      description: "The text, UTF-8.",
      schema: z.string(),
      example: ex.articleTextExample,
      mediaType: "text/plain",
    }),
    "The text the extractor read, after normalisation (straight quotes, plain spaces, glued words split). Every evidence `start`/`end` is a UTF-16 offset into it, so `text.slice(start, end) === quote`.",
  ),
] as const satisfies readonly ReadOperation[];

export type ReadOperationId = (typeof READ_OPERATIONS)[number]["operationId"];

/** Paths served by the ingest function rather than the query function, with their methods. */
export const WRITE_OPERATIONS = [
  { path: "/articles", method: "POST", operationId: "submitArticle" },
] as const;

/** A path as hono writes it: `/films/{id}` → `/films/:id`. */
export const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ":$1");

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: Problem } },
});

const etag = () =>
  z.object({
    ETag: z.string().meta({ description: "Entity tag of the body; send it back in If-None-Match." }),
  });

function responses(op: ReadOperation): ZodOpenApiResponsesObject {
  const ok = op.ok();
  return {
    "200": {
      description: ok.description,
      headers: etag(),
      content: { [ok.mediaType ?? "application/json"]: { schema: ok.schema, example: ok.example } },
    },
    "304": { description: "Not modified: the `If-None-Match` tag still matches." },
    "400": problem("A parameter failed validation; `errors` names it."),
    ...(op.notFound ? { "404": problem("No such resource.") } : {}),
    "429": problem("Too many requests."),
    "500": problem("Unexpected failure; nothing internal is disclosed."),
  };
}

function operation(op: ReadOperation): ZodOpenApiOperationObject {
  const { path, query } = op.params();
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: [op.tag],
    // Reads are public: an explicit empty requirement says so rather than leaving it unstated.
    security: [],
    requestParams: { ...(path ? { path } : {}), ...(query ? { query } : {}) },
    responses: responses(op),
  };
}

const submitArticle = (): ZodOpenApiOperationObject => ({
  operationId: "submitArticle",
  summary: "Submit an article for ingestion",
  description:
    "Send the article as `text/plain`, `text/markdown` or `text/html` (UTF-8), with its publication date in `?publishedAt=`, or as JSON with its format, publication date and source URL. It is stored, then ingested in the background: poll the `Location` until its status is no longer `pending`. Without a publication date the article's release reports say so (`reportedAt: null`) and are ordered by when filmkb received it.",
  tags: ["articles"],
  security: [{ sigv4: [] }],
  requestParams: { query: SubmitQuery },
  requestBody: {
    required: true,
    content: {
      "application/json": {
        schema: ArticleSubmission,
        example: {
          text: "The Long Night 2 opens in UK cinemas on September 18, 2026.",
          format: "text",
          publishedAt: "2026-03-02",
        },
      },
      "text/plain": { schema: z.string().min(1), example: ex.articleTextExample },
      "text/html": {
        schema: z.string().min(1),
        example:
          '<article><meta property="article:published_time" content="2026-03-02"><h1>The Long Night 2</h1><p>It opens in UK cinemas on September 18, 2026.</p></article>',
      },
      "text/markdown": {
        schema: z.string().min(1),
        example: "# The Long Night 2\n\n*The Long Night 2* opens in UK cinemas on September 18, 2026.",
      },
    },
  },
  responses: {
    "202": {
      description: "Accepted; poll the Location for its status.",
      headers: z.object({ Location: z.string().meta({ description: "/articles/{id}" }) }),
      content: {
        "application/json": {
          schema: ArticleAccepted,
          example: {
            id: ex.articleExample.id,
            status: "accepted",
            location: `/articles/${ex.articleExample.id}`,
          },
        },
      },
    },
    "400": problem("Empty body, invalid JSON, invalid UTF-8, or an invalid or doubly given publishedAt."),
    "403": problem("Sent by another site's page (its Origin or Sec-Fetch-Site): no cross-site writes."),
    "413": problem("Body larger than the configured limit."),
    "415": problem("Content type not accepted."),
    "500": problem("Unexpected failure."),
  },
});

/**
 * The OpenAPI 3.1 description of the filmkb HTTP API, generated from the operations above. The
 * generator is loaded by the first call: only the routes that serve the document need it, and
 * a bundle keeps it in a chunk of its own, off every cold start.
 */
export async function createOpenApiDocument() {
  const { createDocument } = await import("zod-openapi");
  const paths: Record<string, Record<string, ZodOpenApiOperationObject>> = {};
  for (const op of READ_OPERATIONS) paths[op.path] = { ...paths[op.path], get: operation(op) };
  paths["/articles"] = { ...paths["/articles"], post: submitArticle() };
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "filmkb",
      version: API_VERSION,
      description:
        "A film knowledge base built from news articles. Every fact carries the article and sentence that stated it. Lists take `limit` and an opaque `cursor`; errors are `application/problem+json` (RFC 9457). The explorer at `/` shows the same data as web pages.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/" }],
    tags: [
      { name: "films", description: "Films and the facts known about them." },
      { name: "people", description: "Directors, writers, producers and cast." },
      { name: "releases", description: "The release calendar." },
      { name: "articles", description: "The articles facts come from." },
    ],
    components: {
      securitySchemes: {
        sigv4: {
          type: "apiKey",
          name: "Authorization",
          in: "header",
          description: "AWS Signature Version 4 (IAM authorisation).",
        },
      },
    },
    paths,
  });
}
