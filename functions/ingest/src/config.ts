import * as z from "zod";
import { INGEST_LIMITS, PENDING_LIMIT_MS } from "./limits.ts";

const Env = z.object({
  TABLE_NAME: z.string().min(3),
  ARTICLES_BUCKET: z.string().min(3),
  /** Largest accepted article, in bytes (default 1 MiB). */
  MAX_ARTICLE_BYTES: z.coerce.number().int().min(1).max(6_000_000).default(INGEST_LIMITS.maxArticleBytes),
  /** One article's extraction time budget, in milliseconds. */
  EXTRACTION_BUDGET_MS: z.coerce.number().int().min(1).default(INGEST_LIMITS.extractionBudgetMs),
  /** After this many receives a failing message is given up: the article is marked failed. */
  MAX_RECEIVES: z.coerce.number().int().min(1).default(INGEST_LIMITS.maxReceives),
  /** The sweeper: an article pending this long is sent round again, or failed. */
  PENDING_LIMIT_MS: z.coerce.number().int().min(0).default(PENDING_LIMIT_MS),
  /** Local stand-ins only: loopback endpoints of dynalite and s3rver. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  S3_ENDPOINT: z.url().optional(),
});

const Config = Env.transform((e) => ({
  tableName: e.TABLE_NAME,
  bucket: e.ARTICLES_BUCKET,
  maxArticleBytes: e.MAX_ARTICLE_BYTES,
  extractionBudgetMs: e.EXTRACTION_BUDGET_MS,
  maxReceives: e.MAX_RECEIVES,
  pendingLimitMs: e.PENDING_LIMIT_MS,
  dynamoEndpoint: e.DYNAMODB_ENDPOINT,
  s3Endpoint: e.S3_ENDPOINT,
}));

export type IngestConfig = z.output<typeof Config>;

/** Reads and validates the environment once, at start-up; a bad setting stops the function there. */
export function loadConfig(env: Record<string, string | undefined>): IngestConfig {
  const result = Config.safeParse(env);
  if (!result.success) throw new Error(`invalid configuration: ${z.prettifyError(result.error)}`);
  return result.data;
}
