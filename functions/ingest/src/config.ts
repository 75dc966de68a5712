import * as z from "zod";

const Env = z.object({
  TABLE_NAME: z.string().min(3),
  ARTICLES_BUCKET: z.string().min(3),
  /** Largest accepted article, in bytes (default 1 MiB). */
  MAX_ARTICLE_BYTES: z.coerce.number().int().min(1).max(6_000_000).default(1_048_576),
  /** After this many receives a failing message is given up (SQS then moves it to the DLQ). */
  MAX_RECEIVES: z.coerce.number().int().min(1).default(3),
  /** Local stand-ins only: loopback endpoints of dynalite and s3rver. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  S3_ENDPOINT: z.url().optional(),
});

const Config = Env.transform((e) => ({
  tableName: e.TABLE_NAME,
  bucket: e.ARTICLES_BUCKET,
  maxArticleBytes: e.MAX_ARTICLE_BYTES,
  maxReceives: e.MAX_RECEIVES,
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
