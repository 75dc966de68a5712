import * as z from "zod";
import { Timestamp } from "./dates.ts";
import { CompanyRole, FilmingLocation, ProductionNote, releaseShape } from "./fact.ts";
import { ArticleId, CompanyId, FilmId, PersonId } from "./ids.ts";
import { lazily } from "./lazy.ts";

/** A value of the merged view together with what supports it. */
const attributed = <T extends z.ZodType>(value: T) =>
  z.object({
    value,
    confidence: z.number().min(0).max(1),
    factCount: z.int().min(1),
    /** Up to 20 of the supporting articles (`factCount` counts every fact). */
    articleIds: z.array(ArticleId).min(1),
  });

export const PersonRef = lazily(() =>
  z.object({ id: PersonId, name: z.string().min(1) }).meta({ id: "PersonRef" }),
);
export type PersonRef = z.infer<typeof PersonRef>;

/** The fields of a release report, shared with the release calendar's entries. */
export const releaseReportShape = () => ({
  ...releaseShape(),
  /** The article that reported it. */
  articleId: ArticleId,
  /** When that article was published; null when it gave no date (it is then ordered by `receivedAt`). */
  reportedAt: Timestamp.nullable(),
  /** When filmkb received that article. */
  receivedAt: Timestamp,
  confidence: z.number().min(0).max(1),
});

/** The later report that replaced one: another date for the same region × medium. */
export const Supersession = lazily(() =>
  z
    .object({
      articleId: ArticleId,
      date: z.string(),
      reportedAt: Timestamp.nullable(),
      receivedAt: Timestamp,
    })
    .meta({ id: "Supersession" }),
);

export const ReleaseReport = lazily(() =>
  z
    .object({
      ...releaseReportShape(),
      /** The first later report of another date for this region × medium; null while it stands. */
      supersededBy: Supersession.nullable().default(null),
    })
    .meta({ id: "ReleaseReport" }),
);
export type ReleaseReport = z.infer<typeof ReleaseReport>;

/** When a report counts as made: its publication date, else when filmkb received it. */
export const reportTime = (r: { reportedAt: string | null; receivedAt: string }) =>
  r.reportedAt ?? r.receivedAt;

export const FilmReleases = lazily(() =>
  z
    .object({
      /** The most recently reported release per region × medium. */
      current: z.array(ReleaseReport),
      /** Every report, oldest first; superseded and conflicting ones included. */
      history: z.array(ReleaseReport),
    })
    .meta({ id: "FilmReleases" }),
);
export type FilmReleases = z.infer<typeof FilmReleases>;

export const MergeRecord = lazily(() =>
  z
    .object({ filmId: FilmId, reason: z.string().min(1), articleId: ArticleId.nullable() })
    .meta({ id: "MergeRecord" }),
);

/** Everything known about one film, merged across articles. */
export const Film = lazily(() =>
  z
    .object({
      id: FilmId,
      title: z.string().min(1),
      aliases: z.array(attributed(z.string())),
      year: attributed(z.int()).nullable(),
      franchise: attributed(z.string()).nullable(),
      installment: attributed(z.int()).nullable(),
      directors: z.array(attributed(PersonRef)),
      writers: z.array(attributed(PersonRef)),
      producers: z.array(attributed(PersonRef)),
      cast: z.array(attributed(z.object({ person: PersonRef, character: z.string().nullable() }))),
      companies: z.array(attributed(z.object({ id: CompanyId, name: z.string(), role: CompanyRole }))),
      releases: FilmReleases,
      filmingLocations: z.array(attributed(FilmingLocation)),
      genres: z.array(attributed(z.string())),
      productionNotes: z.array(attributed(ProductionNote)),
      relatedFilms: z.array(
        attributed(z.object({ relation: z.string(), title: z.string(), filmId: FilmId.nullable() })),
      ),
      mergedFrom: z.array(MergeRecord),
      counts: z.object({ facts: z.int().min(0), articles: z.int().min(0) }),
      /**
       * Lists cut short to keep the view one bounded item, with each one's full length; every
       * fact stays reachable, paginated, at /films/{id}/facts.
       */
      truncated: z
        .record(z.string(), z.int().min(0))
        .optional()
        .meta({ description: "Lists cut short (best-supported entries kept) and their full lengths." }),
      version: z.int().min(1),
      updatedAt: z.iso.datetime({ offset: true }),
    })
    .meta({ id: "Film" }),
);
export type Film = z.infer<typeof Film>;

export const FilmSummary = lazily(() =>
  z
    .object({ id: FilmId, title: z.string(), year: z.int().nullable(), aliases: z.array(z.string()) })
    .meta({ id: "FilmSummary" }),
);
export type FilmSummary = z.infer<typeof FilmSummary>;

export const CreditRole = lazily(() =>
  z.enum(["director", "writer", "producer", "cast"]).meta({ id: "CreditRole" }),
);
export type CreditRole = z.infer<typeof CreditRole>;

export const Credit = lazily(() =>
  z
    .object({ filmId: FilmId, title: z.string(), role: CreditRole, character: z.string().nullable() })
    .meta({ id: "Credit" }),
);
export type Credit = z.infer<typeof Credit>;

export const Person = lazily(() =>
  z.object({ id: PersonId, name: z.string().min(1), credits: z.array(Credit) }).meta({ id: "Person" }),
);
export type Person = z.infer<typeof Person>;
