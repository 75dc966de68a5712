import * as z from "zod";
import { Article, ArticleFormat, type ArticleStatus } from "./article.ts";
import { PartialDate, RegionCode, Timestamp } from "./dates.ts";
import { Fact, Predicate, ReleaseMedium } from "./fact.ts";
import { lazily } from "./lazy.ts";
import { releaseReportShape } from "./views.ts";

/** Query strings arrive as text; numbers are coerced, and unknown parameters are refused. */
const Limit = lazily(() => z.coerce.number().int().min(1).max(100).default(20)).meta({
  description: "Page size, 1–100.",
});
const Cursor = lazily(() =>
  z
    .string()
    .min(1)
    .max(2048)
    .regex(/^[A-Za-z0-9_.-]+$/, { error: "cursor is not one this API issued" })
    .optional(),
).meta({ description: "Opaque cursor from a previous page's `nextCursor`." });

/** The query of a route that takes no parameters: any parameter is refused. */
export const NoQuery = lazily(() => z.strictObject({}));

export const PageQuery = lazily(() => z.strictObject({ limit: Limit, cursor: Cursor }));
export type PageQuery = z.infer<typeof PageQuery>;

const NamePrefix = lazily(() => z.string().trim().min(1, { error: "q must not be empty" }).max(200));

export const SearchQuery = lazily(() =>
  z.strictObject({
    q: NamePrefix.meta({
      description:
        "The start of a name, compared without case, accents or a leading article: `long night` finds *The Long Night 2*.",
      example: "long night",
    }),
    limit: Limit,
    cursor: Cursor,
  }),
);
export type SearchQuery = z.infer<typeof SearchQuery>;

/** `GET /films`: a name search with `q`, else every film, most recently updated first. */
export const FilmListQuery = lazily(() =>
  z.strictObject({
    q: NamePrefix.optional().meta({
      description:
        "The start of a title or alias, compared without case, accents or a leading article. Without it, every film is listed, most recently updated first.",
      example: "long night",
    }),
    limit: Limit,
    cursor: Cursor,
  }),
);
export type FilmListQuery = z.infer<typeof FilmListQuery>;

export const ArticleState = lazily(() =>
  z.enum(["pending", "ingested", "no-films", "failed"] satisfies ArticleStatus["state"][]),
);

/** `GET /articles`: every article, newest first, optionally of one status. */
export const ArticleListQuery = lazily(() =>
  z.strictObject({
    status: ArticleState.optional().meta({
      description: "Only articles in this state: `pending`, `ingested`, `no-films` or `failed`.",
      example: "failed",
    }),
    limit: Limit,
    cursor: Cursor,
  }),
);
export type ArticleListQuery = z.infer<typeof ArticleListQuery>;

export const FactQuery = lazily(() =>
  z.strictObject({
    predicate: Predicate.optional().meta({
      description: "Only facts of this kind (`director`, `cast`, `release`, …).",
      example: "cast",
    }),
    minConfidence: z.coerce
      .number()
      .min(0)
      .max(1)
      .optional()
      .meta({ description: "Only facts at least this confident, 0–1.", example: 0.5 }),
    limit: Limit,
    cursor: Cursor,
  }),
);
export type FactQuery = z.infer<typeof FactQuery>;

export const ReleaseCalendarQuery = lazily(() =>
  z
    .strictObject({
      from: PartialDate.meta({
        description: "First day of the range, inclusive: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.",
        example: "2026-01",
      }),
      to: PartialDate.meta({
        description: "Last day of the range, inclusive (`2026-12` runs to the end of December).",
        example: "2026-12",
      }),
      region: RegionCode.optional().meta({
        description: "Only releases in this country (ISO 3166-1 alpha-2).",
        example: "GB",
      }),
      medium: ReleaseMedium.optional().meta({
        description: "Only releases of this kind: theatrical, streaming, tv, festival or home.",
        example: "theatrical",
      }),
      limit: Limit,
      cursor: Cursor,
    })
    .refine((q) => q.from <= q.to, { error: "from must not be after to", path: ["from"] }),
);
export type ReleaseCalendarQuery = z.infer<typeof ReleaseCalendarQuery>;

/** A page of results; `nextCursor` is null on the last page. */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const FactWithContext = lazily(() =>
  z
    .object({
      fact: Fact,
      /** When the fact's article was published; null when it gave no date. */
      articlePublishedAt: Timestamp.nullable(),
      /** When filmkb received the article. */
      articleReceivedAt: Timestamp,
    })
    .meta({ id: "FactWithContext" }),
);

/** `asOf`: the film as the knowledge base stood at the end of that day (or at that instant). */
export const AsOfQuery = lazily(() =>
  z.strictObject({
    asOf: Timestamp.optional().meta({
      description:
        "Answer as the knowledge base stood then: facts from articles published (or, without a date, received) after it are left out. A day (`2026-03-02`) means the end of that day (UTC); a date-time is an instant.",
      example: "2026-03-02",
    }),
  }),
);
export type AsOfQuery = z.infer<typeof AsOfQuery>;

/** The instant a Timestamp stands for: a calendar date is its first moment, UTC. */
export const instantOf = (time: string): number =>
  Date.parse(time.length === 10 ? `${time}T00:00:00Z` : time);

/** The last instant `asOf` includes: the end of its day for a calendar date. */
export const asOfBound = (asOf: string): number =>
  asOf.length === 10 ? Date.parse(`${asOf}T23:59:59.999Z`) : Date.parse(asOf);

export const ArticleWithFacts = lazily(() =>
  z
    .object({ article: Article, facts: z.array(Fact), nextCursor: z.string().nullable() })
    .meta({ id: "ArticleWithFacts" }),
);

export const CalendarEntry = lazily(() =>
  z.object({ ...releaseReportShape(), filmId: z.string(), title: z.string() }).meta({ id: "CalendarEntry" }),
);

/** The body of `POST /articles` when sent as JSON. */
export const ArticleSubmission = lazily(() =>
  z
    .strictObject({
      text: z.string().min(1, { error: "text must not be empty" }),
      format: ArticleFormat.default("text"),
      publishedAt: Timestamp.optional(),
      // Only web addresses: a `javascript:` URL would be a link waiting to run in a page. Kept
      // as S3 object metadata, which takes at most 2 KB of US-ASCII in all.
      sourceUrl: z
        .url({ protocol: /^https?$/, error: "sourceUrl must be an http(s) URL" })
        .max(1024, { error: "sourceUrl must be at most 1024 characters" })
        .regex(/^[\x21-\x7e]+$/, { error: "sourceUrl must be ASCII (percent-encode other characters)" })
        .optional(),
    })
    .meta({ id: "ArticleSubmission" }),
);
export type ArticleSubmission = z.infer<typeof ArticleSubmission>;

/** `POST /articles?publishedAt=…`: the publication date of a text, Markdown or HTML body. */
export const SubmitQuery = lazily(() =>
  z.strictObject({
    publishedAt: Timestamp.optional().meta({
      description:
        'When the article was published (`2026-03-02` or an RFC 3339 date-time): relative dates such as "on Friday" are read from it, and its release dates count from it. For a JSON body, give `publishedAt` in the body instead. HTML may carry its own (`article:published_time`, `<time datetime>`); this one wins over it.',
      example: "2026-03-02",
    }),
  }),
);
export type SubmitQuery = z.infer<typeof SubmitQuery>;

export const ArticleAccepted = lazily(() =>
  z
    .object({ id: z.string(), status: z.literal("accepted"), location: z.string() })
    .meta({ id: "ArticleAccepted" }),
);

/** RFC 9457 problem details, served as `application/problem+json`. */
export const Problem = lazily(() =>
  z
    .object({
      type: z.string().min(1),
      title: z.string().min(1),
      status: z.int().min(400).max(599),
      detail: z.string().optional(),
      instance: z.string().optional(),
      errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    })
    .meta({ id: "Problem" }),
);
export type Problem = z.infer<typeof Problem>;
