import * as z from "zod";
import { PartialDate, RegionCode } from "./dates.ts";
import { Evidence } from "./evidence.ts";
import { FilmId, normaliseName } from "./ids.ts";
import { lazily } from "./lazy.ts";

const Name = lazily(() => z.string().trim().min(1).max(300));

export const CompanyRole = lazily(() =>
  z.enum(["distributor", "studio", "production", "streamer"]).meta({ id: "CompanyRole" }),
);
export type CompanyRole = z.infer<typeof CompanyRole>;

export const ReleaseMedium = lazily(() =>
  z.enum(["theatrical", "streaming", "tv", "festival", "home"]).meta({ id: "ReleaseMedium" }),
);
export type ReleaseMedium = z.infer<typeof ReleaseMedium>;

/** A release's fields, shared by the fact and by the reports of the merged view. */
export const releaseShape = () => ({
  date: PartialDate,
  region: RegionCode.nullable(),
  medium: ReleaseMedium.nullable(),
  platform: Name.nullable(),
  /**
   * The article reports this date as one the film no longer has ("moved from 3 March to 9 May":
   * 3 March is superseded). History keeps it; it is never a current release.
   */
  superseded: z.boolean().optional(),
});

export const Release = lazily(() => z.object(releaseShape()).meta({ id: "Release" }));
export type Release = z.infer<typeof Release>;

export const CastCredit = lazily(() =>
  z.object({ name: Name, character: Name.nullable() }).meta({ id: "CastCredit" }),
);
export type CastCredit = z.infer<typeof CastCredit>;

export const CompanyCredit = lazily(() =>
  z.object({ name: Name, role: CompanyRole }).meta({ id: "CompanyCredit" }),
);
export type CompanyCredit = z.infer<typeof CompanyCredit>;

export const FilmingLocation = lazily(() =>
  z.object({ name: Name, region: RegionCode.nullable() }).meta({ id: "FilmingLocation" }),
);
export type FilmingLocation = z.infer<typeof FilmingLocation>;

export const ProductionNoteKind = lazily(() => z.enum(["stunt", "filming", "casting", "schedule", "other"]));
export const ProductionNote = lazily(() =>
  z.object({ kind: ProductionNoteKind, text: z.string().min(1).max(1000) }).meta({ id: "ProductionNote" }),
);
export type ProductionNote = z.infer<typeof ProductionNote>;

export const FilmRelation = lazily(() =>
  z.enum(["sequel", "prequel", "series", "remake", "spin-off", "related"]),
);
export const RelatedFilm = lazily(() =>
  z.object({ relation: FilmRelation, title: Name }).meta({ id: "RelatedFilm" }),
);
export type RelatedFilm = z.infer<typeof RelatedFilm>;

const factBase = () => ({
  /** The film the fact is about: the extractor's local id, resolved to a stored film by the store. */
  filmId: FilmId,
  evidence: z.array(Evidence).min(1),
  confidence: z.number().min(0).max(1),
  extractorVersion: z.string().min(1),
});

const fact = <P extends string, V extends z.ZodType>(predicate: P, value: V) =>
  z.object({ predicate: z.literal(predicate), value, ...factBase() });

/** One statement about one film, with the sentences that made it. */
export const Fact = lazily(() =>
  z
    .discriminatedUnion("predicate", [
      fact("title", Name),
      fact("alias", Name),
      fact("year", z.int().min(1870).max(2200)),
      fact("franchise", Name),
      fact("installment", z.int().min(1).max(200)),
      fact("director", Name),
      fact("writer", Name),
      fact("producer", Name),
      fact("cast", CastCredit),
      fact("company", CompanyCredit),
      fact("release", Release),
      fact("filmingLocation", FilmingLocation),
      fact("genre", Name),
      fact("productionNote", ProductionNote),
      fact("relatedFilm", RelatedFilm),
    ])
    .meta({ id: "Fact" }),
);
export type Fact = z.infer<typeof Fact>;
export type Predicate = Fact["predicate"];
export type FactOf<P extends Predicate> = Extract<Fact, { predicate: P }>;

/**
 * What tells one value of a predicate from another: names compare in their normalised form
 * ("Tom Cruise" and "TOM CRUISE" are one cast member), structured values field by field. One
 * fact per (film, predicate, value key) and article; the store's fact keys are built from it.
 */
export function factValueKey(predicate: string, value: unknown): string {
  return `${predicate}|${
    typeof value === "object" && value !== null
      ? JSON.stringify(value, Object.keys(value).sort())
      : normaliseName(String(value))
  }`;
}

export const Predicate = lazily(() =>
  z.enum([
    "title",
    "alias",
    "year",
    "franchise",
    "installment",
    "director",
    "writer",
    "producer",
    "cast",
    "company",
    "release",
    "filmingLocation",
    "genre",
    "productionNote",
    "relatedFilm",
  ] satisfies Predicate[]),
);
