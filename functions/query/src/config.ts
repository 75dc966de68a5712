import * as z from "zod";

const Env = z.object({
  TABLE_NAME: z.string().min(3),
  /** Signs pagination cursors; the same for every instance of the API. */
  CURSOR_SECRET: z.string().min(16, { error: "CURSOR_SECRET must be at least 16 characters" }),
  /** Seconds a GET may be cached by clients and CDNs. */
  CACHE_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(60),
  /** Local stand-in only: dynalite's loopback endpoint. */
  DYNAMODB_ENDPOINT: z.url().optional(),
});

const Config = Env.transform((e) => ({
  tableName: e.TABLE_NAME,
  cursorSecret: e.CURSOR_SECRET,
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
