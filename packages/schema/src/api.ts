import * as z from "zod";
import { Article, ArticleFormat } from "./article.ts";
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

export const SearchQuery = lazily(() =>
  z.strictObject({
    q: z.string().trim().min(1, { error: "q must not be empty" }).max(200),
    limit: Limit,
    cursor: Cursor,
  }),
);
export type SearchQuery = z.infer<typeof SearchQuery>;

export const FactQuery = lazily(() =>
  z.strictObject({
    predicate: Predicate.optional(),
    minConfidence: z.coerce.number().min(0).max(1).optional(),
    limit: Limit,
    cursor: Cursor,
  }),
);
export type FactQuery = z.infer<typeof FactQuery>;

export const ReleaseCalendarQuery = lazily(() =>
  z
    .strictObject({
      from: PartialDate,
      to: PartialDate,
      region: RegionCode.optional(),
      medium: ReleaseMedium.optional(),
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
  z.object({ fact: Fact, articlePublishedAt: Timestamp.nullable() }).meta({ id: "FactWithContext" }),
);

export const ArticleWithFacts = lazily(() =>
  z.object({ article: Article, facts: z.array(Fact) }).meta({ id: "ArticleWithFacts" }),
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
      sourceUrl: z.url().optional(),
    })
    .meta({ id: "ArticleSubmission" }),
);
export type ArticleSubmission = z.infer<typeof ArticleSubmission>;

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
