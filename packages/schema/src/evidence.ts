import * as z from "zod";
import { ArticleId } from "./ids.ts";
import { lazily } from "./lazy.ts";

/**
 * The rule of the extractor that read a fact from its sentence ("cast.starring-list"): lower-case
 * words joined by dots, the first naming the relation. "unrecorded" marks evidence stored before
 * rules had ids.
 */
export const RuleId = lazily(() =>
  z
    .string()
    .max(80)
    .regex(/^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*$/, { error: "a rule id is lower-case words joined by dots" })
    .meta({ id: "RuleId", example: "cast.starring-list" }),
);
export type RuleId = z.infer<typeof RuleId>;

/**
 * The longest quote evidence carries: a longer sentence is quoted around the words that stated
 * the fact. Keeps every fact item far below DynamoDB's item size limit.
 */
export const MAX_QUOTE = 600;

/**
 * Where a fact was stated: `quote` is the article's normalised text between `start` and `end`
 * (UTF-16 offsets, end exclusive), inside sentence number `sentence` (0-based).
 */
export const Evidence = lazily(() =>
  z
    .object({
      articleId: ArticleId,
      start: z.int().min(0),
      end: z.int().min(0),
      quote: z.string().min(1).max(MAX_QUOTE),
      sentence: z.int().min(0),
      /** Which extractor rule read the fact from this sentence: the answer to "why does filmkb think this?". */
      rule: RuleId.default("unrecorded"),
    })
    .refine((e) => e.end > e.start, { error: "end must be after start", path: ["end"] })
    .meta({ id: "Evidence" }),
);
export type Evidence = z.infer<typeof Evidence>;
