import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { FilmStore } from "@filmkb/store";
import { handle } from "hono/aws-lambda";
import { createQueryApp } from "./app.ts";
import { loadConfig } from "./config.ts";
import { flushingLog, lazyErrorLog } from "./error-log.ts";
import { resolveCursorSecret } from "./secret.ts";

// Configuration and clients are built once per container, at cold start.
const config = loadConfig(process.env);
const cursorSecret = await resolveCursorSecret(config, process.env);
const logger = lazyErrorLog(async () => {
  const { Logger } = await import("@aws-lambda-powertools/logger");
  return new Logger({ serviceName: "filmkb-query" });
});
const store = new FilmStore({
  client: new DynamoDBClient(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {}),
  tableName: config.tableName,
  cursorSecret,
  onCorruptItem: (error) => logger.error("corrupt item skipped", { key: error.key, issues: error.issues }),
});
const app = createQueryApp({
  store,
  cacheMaxAge: config.cacheMaxAge,
  log: (message, error) => logger.error(message, { error }),
});

/** API Gateway HTTP API (payload v2) → the hono app → Lambda proxy result, once its log is written. */
export const handler = flushingLog(handle(app), logger);
