import type { Article } from "./article.ts";
import type { Fact } from "./fact.ts";
import type { Credit, Film, FilmReleases, FilmSummary, Person } from "./views.ts";

/**
 * One example per response of the API, for the OpenAPI document and its reference page. They
 * describe a film invented for the documentation; `openapi.test.ts` parses each with the
 * schema it illustrates, so an example can never drift from the contract.
 */
const articleId = "3f2b9c1d8e7a6b5c4d3e2f1a0b9c8d7e";
const supported = { confidence: 0.9, factCount: 1, articleIds: [articleId] };
const evidence = {
  articleId,
  start: 142,
  end: 211,
  quote: "Director Saoirse Whelan has shared a behind-the-scenes clip.",
  sentence: 1,
  rule: "director.title-noun",
};

export const filmSummaryExample: FilmSummary = {
  id: "the-long-night-2",
  title: "The Long Night 2",
  year: 2026,
  aliases: [],
};

const delayedBy = "7c1e0b2a9d8f4e3c6b5a4d3c2b1a0f9e";
const gbRelease = {
  region: "GB",
  medium: "theatrical" as const,
  platform: null,
  confidence: 0.85,
};
const laterReport = {
  ...gbRelease,
  date: "2026-10-02",
  articleId: delayedBy,
  reportedAt: "2026-05-20",
  receivedAt: "2026-05-20T08:01:12.000Z",
};

/** A release moved by a later article: the first report superseded, the second current. */
export const releasesExample: FilmReleases = {
  current: [{ ...laterReport, supersededBy: null }],
  history: [
    {
      ...gbRelease,
      date: "2026-09-18",
      articleId,
      reportedAt: "2026-03-02",
      receivedAt: "2026-03-02T10:14:58.000Z",
      supersededBy: {
        articleId: delayedBy,
        date: laterReport.date,
        reportedAt: laterReport.reportedAt,
        receivedAt: laterReport.receivedAt,
      },
    },
    { ...laterReport, supersededBy: null },
  ],
};

export const calendarEntryExample = { ...laterReport, filmId: "the-long-night-2", title: "The Long Night 2" };

export const filmExample: Film = {
  id: "the-long-night-2",
  title: "The Long Night 2",
  aliases: [],
  year: { value: 2026, ...supported },
  franchise: { value: "The Long Night", ...supported },
  installment: { value: 2, ...supported },
  directors: [{ value: { id: "saoirse-whelan", name: "Saoirse Whelan" }, ...supported }],
  writers: [],
  producers: [],
  cast: [
    {
      value: { person: { id: "marcus-obi", name: "Marcus Obi" }, character: "Cathal Rourke" },
      ...supported,
    },
  ],
  companies: [
    { value: { id: "blackwater-pictures", name: "Blackwater Pictures", role: "distributor" }, ...supported },
  ],
  releases: releasesExample,
  filmingLocations: [{ value: { name: "Dunluce Castle", region: "GB" }, ...supported }],
  genres: [],
  productionNotes: [],
  relatedFilms: [],
  mergedFrom: [],
  counts: { facts: 6, articles: 1 },
  version: 3,
  updatedAt: "2026-03-02T10:15:00.000Z",
};

export const factExample: Fact = {
  predicate: "director",
  value: "Saoirse Whelan",
  filmId: "the-long-night-2",
  evidence: [evidence],
  confidence: 0.9,
  extractorVersion: "2026.11.1",
};

export const articleExample: Article = {
  id: articleId,
  sources: [{ kind: "api", sourceUrl: null }],
  format: "text",
  headline: "The Long Night 2 heads for the north coast",
  publishedAt: "2026-03-02",
  receivedAt: "2026-03-02T10:14:58.000Z",
  contentHash: `${articleId}${articleId}`,
  byteLength: 1834,
  status: { state: "ingested", films: 2, facts: 14 },
  extractorVersion: "2026.11.1",
};

export const creditExample: Credit = {
  filmId: "the-long-night-2",
  title: "The Long Night 2",
  role: "director",
  character: null,
};

export const personExample: Person = {
  id: "saoirse-whelan",
  name: "Saoirse Whelan",
  credits: [creditExample],
};

export const page = <T>(item: T) => ({ items: [item], nextCursor: null });

export const articleTextExample =
  "The Long Night 2 heads for the north coast\n\nDirector Saoirse Whelan has shared a behind-the-scenes clip.";
