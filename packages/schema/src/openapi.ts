import * as z from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import {
  ArticleAccepted,
  ArticleSubmission,
  ArticleWithFacts,
  CalendarEntry,
  FactQuery,
  FactWithContext,
  PageQuery,
  Problem,
  page,
  ReleaseCalendarQuery,
  SearchQuery,
} from "./api.ts";
import { Article } from "./article.ts";
import { ArticleId, FilmId, PersonId } from "./ids.ts";
import { Credit, Film, FilmReleases, FilmSummary, Person } from "./views.ts";

export const API_VERSION = "1.0.0";

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: Problem } },
});

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  headers: z.object({
    ETag: z.string().meta({ description: "Entity tag of the body; send it back in If-None-Match." }),
  }),
  content: { "application/json": { schema } },
});

const getResponses = (ok: ReturnType<typeof json>, notFound: boolean): ZodOpenApiResponsesObject => ({
  "200": ok,
  "304": { description: "Not modified: the `If-None-Match` tag still matches." },
  "400": problem("A parameter failed validation; `errors` names it."),
  ...(notFound ? { "404": problem("No such resource.") } : {}),
  "429": problem("Too many requests."),
  "500": problem("Unexpected failure; nothing internal is disclosed."),
});

const get = (
  operationId: string,
  summary: string,
  tag: string,
  params: ZodOpenApiOperationObject["requestParams"],
  ok: ReturnType<typeof json>,
  notFound = false,
): { get: ZodOpenApiOperationObject } => ({
  // Reads are public: an explicit empty requirement says so rather than leaving it unstated.
  get: {
    operationId,
    summary,
    tags: [tag],
    security: [],
    requestParams: params,
    responses: getResponses(ok, notFound),
  },
});

/** The OpenAPI 3.1 description of the filmkb HTTP API, generated from the schemas above. */
export function createOpenApiDocument() {
  // The ids themselves, not their lazy wrappers: a parameter takes its description from them.
  const filmPath = z.object({ id: FilmId.unwrap() });
  const personPath = z.object({ id: PersonId.unwrap() });
  const articlePath = z.object({ id: ArticleId.unwrap() });
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "filmkb",
      version: API_VERSION,
      description:
        "A film knowledge base built from news articles. Every fact carries the article and sentence that stated it.",
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
    paths: {
      "/films": get(
        "listFilms",
        "Search films by title or alias prefix",
        "films",
        { query: SearchQuery },
        json(page(FilmSummary), "Matching films."),
      ),
      "/films/{id}": get(
        "getFilm",
        "A film's merged view",
        "films",
        { path: filmPath },
        json(Film, "The film."),
        true,
      ),
      "/films/{id}/facts": get(
        "listFilmFacts",
        "Every fact about a film, with its evidence",
        "films",
        { path: filmPath, query: FactQuery },
        json(page(FactWithContext), "Facts, highest confidence first."),
        true,
      ),
      "/films/{id}/releases": get(
        "getFilmReleases",
        "Current releases and their history",
        "releases",
        { path: filmPath },
        json(FilmReleases, "Releases."),
        true,
      ),
      "/films/{id}/articles": get(
        "listFilmArticles",
        "Articles that mention a film",
        "articles",
        { path: filmPath, query: PageQuery },
        json(page(Article), "Articles, newest first."),
        true,
      ),
      "/people": get(
        "listPeople",
        "Search people by name prefix",
        "people",
        { query: SearchQuery },
        json(page(Person.unwrap().pick({ id: true, name: true })), "Matching people."),
      ),
      "/people/{id}": get(
        "getPerson",
        "A person and their credits",
        "people",
        { path: personPath },
        json(Person, "The person."),
        true,
      ),
      "/people/{id}/films": get(
        "listPersonFilms",
        "A person's films, with their role",
        "people",
        { path: personPath, query: PageQuery },
        json(page(Credit), "Credits."),
        true,
      ),
      "/releases": get(
        "listReleases",
        "The release calendar",
        "releases",
        { query: ReleaseCalendarQuery },
        json(page(CalendarEntry), "Releases in the range, by date."),
      ),
      "/articles": {
        post: {
          operationId: "submitArticle",
          summary: "Submit an article for ingestion",
          tags: ["articles"],
          security: [{ sigv4: [] }],
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: ArticleSubmission },
              "text/plain": { schema: z.string().min(1) },
              "text/html": { schema: z.string().min(1) },
              "text/markdown": { schema: z.string().min(1) },
            },
          },
          responses: {
            "202": {
              description: "Accepted; poll the Location for its status.",
              headers: z.object({ Location: z.string().meta({ description: "/articles/{id}" }) }),
              content: { "application/json": { schema: ArticleAccepted } },
            },
            "400": problem("Empty body, invalid JSON or invalid UTF-8."),
            "413": problem("Body larger than the configured limit."),
            "415": problem("Content type not accepted."),
            "500": problem("Unexpected failure."),
          },
        },
      },
      "/articles/{id}": get(
        "getArticle",
        "An article's status, metadata and facts",
        "articles",
        { path: articlePath },
        json(ArticleWithFacts, "The article."),
        true,
      ),
    },
  });
}
