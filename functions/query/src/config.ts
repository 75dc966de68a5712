import * as z from "zod";

const Env = z.object({
  TABLE_NAME: z.string().min(3),
  /** Signs pagination cursors; the same for every instance of the API (local runs and tests). */
  CURSOR_SECRET: z.string().min(16, { error: "CURSOR_SECRET must be at least 16 characters" }).optional(),
  /** Deployed: the Secrets Manager secret that holds it, read at cold start (see secret.ts). */
  CURSOR_SECRET_ARN: z.string().startsWith("arn:").optional(),
  /** Seconds a GET may be cached by clients and CDNs. */
  CACHE_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(60),
  /** Local stand-in only: dynalite's loopback endpoint. */
  DYNAMODB_ENDPOINT: z.url().optional(),
});

const Config = Env.refine((e) => e.CURSOR_SECRET || e.CURSOR_SECRET_ARN, {
  error: "set CURSOR_SECRET (local) or CURSOR_SECRET_ARN (deployed)",
  path: ["CURSOR_SECRET"],
}).transform((e) => ({
  tableName: e.TABLE_NAME,
  cursorSecret: e.CURSOR_SECRET,
  cursorSecretArn: e.CURSOR_SECRET_ARN,
  cacheMaxAge: e.CACHE_MAX_AGE,
  dynamoEndpoint: e.DYNAMODB_ENDPOINT,
}));

export type QueryConfig = z.output<typeof Config>;

/** Reads and validates the environment once, at start-up. */
export function loadConfig(env: Record<string, string | undefined>): QueryConfig {
  const result = Config.safeParse(env);
  if (!result.success) throw new Error(`invalid configuration: ${z.prettifyError(result.error)}`);
  return result.data;
}
