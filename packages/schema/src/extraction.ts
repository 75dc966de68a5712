import * as z from "zod";
import { ArticleFormat } from "./article.ts";
import { Timestamp } from "./dates.ts";
import { CastCredit, CompanyCredit, Fact, ProductionNote, RelatedFilm, Release } from "./fact.ts";
import { ArticleId, FilmId } from "./ids.ts";
import { lazily } from "./lazy.ts";

const Name = lazily(() => z.string().trim().min(1).max(300));

/**
 * One article's facts about one film, flattened for reading. The field names are a contract
 * with the evaluation scorer (`shared/eval/score.mjs`): do not rename them.
 */
export const ExtractedFilm = lazily(() =>
  z
    .object({
      id: FilmId,
      title: Name,
      aliases: z.array(Name),
      year: z.int().min(1870).max(2200).nullable(),
      franchise: Name.nullable(),
      installment: z.int().min(1).max(200).nullable(),
      directors: z.array(Name),
      writers: z.array(Name),
      producers: z.array(Name),
      cast: z.array(CastCredit),
      companies: z.array(CompanyCredit),
      releases: z.array(Release),
      filmingLocations: z.array(Name),
      genres: z.array(Name),
      productionNotes: z.array(ProductionNote),
      relatedFilms: z.array(RelatedFilm),
    })
    .meta({ id: "ExtractedFilm" }),
);
export type ExtractedFilm = z.infer<typeof ExtractedFilm>;

/** The article as the extractor read it; `text` is what every evidence offset points into. */
export const ExtractedArticle = lazily(() =>
  z
    .object({
      id: ArticleId,
      format: ArticleFormat,
      headline: z.string().max(1000).nullable(),
      publishedAt: Timestamp.nullable(),
      contentHash: z.string().regex(/^[0-9a-f]{64}$/),
      byteLength: z.int().min(0),
      text: z.string(),
    })
    .meta({ id: "ExtractedArticle" }),
);
export type ExtractedArticle = z.infer<typeof ExtractedArticle>;

export const ExtractionResult = lazily(() =>
  z
    .object({
      extractorVersion: z.string().min(1),
      article: ExtractedArticle,
      films: z.array(ExtractedFilm),
      facts: z.array(Fact),
      warnings: z.array(z.string()),
    })
    .superRefine((result, ctx) => {
      const filmIds = new Set(result.films.map((f) => f.id));
      result.facts.forEach((fact, i) => {
        if (!filmIds.has(fact.filmId)) {
          ctx.addIssue({
            code: "custom",
            path: ["facts", i, "filmId"],
            message: `no film with id "${fact.filmId}"`,
          });
        }
        fact.evidence.forEach((e, j) => {
          if (e.articleId !== result.article.id || result.article.text.slice(e.start, e.end) !== e.quote) {
            ctx.addIssue({
              code: "custom",
              path: ["facts", i, "evidence", j],
              message: "evidence quote is not the article text between its offsets",
            });
          }
        });
      });
    })
    .meta({ id: "ExtractionResult" }),
);
export type ExtractionResult = z.infer<typeof ExtractionResult>;
