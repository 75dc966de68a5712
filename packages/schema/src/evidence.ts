import * as z from "zod";
import { ArticleId } from "./ids.ts";

/**
 * Where a fact was stated: `quote` is the article's normalised text between `start` and `end`
 * (UTF-16 offsets, end exclusive), inside sentence number `sentence` (0-based).
 */
export const Evidence = z
  .object({
    articleId: ArticleId,
    start: z.int().min(0),
    end: z.int().min(0),
    quote: z.string().min(1).max(2000),
    sentence: z.int().min(0),
  })
  .refine((e) => e.end > e.start, { error: "end must be after start", path: ["end"] })
  .meta({ id: "Evidence" });
export type Evidence = z.infer<typeof Evidence>;
