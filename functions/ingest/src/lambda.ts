import type { APIGatewayProxyEventV2, Context, SQSEvent } from "aws-lambda";
import { handle } from "hono/aws-lambda";
import { createIngestDeps } from "./app.ts";
import { loadConfig } from "./config.ts";
import { createSubmitApp } from "./http.ts";
import { logger, metrics } from "./observability.ts";
import { sqsHandler } from "./sqs.ts";

// Configuration and clients are built once per container, at cold start.
const deps = createIngestDeps(loadConfig(process.env));
const onQueue = sqsHandler(deps);
const onHttp = handle(createSubmitApp(deps));

/**
 * The ingest Lambda: SQS batches of S3 notifications, and `POST /articles` from API Gateway
 * (HTTP API, payload v2). One function, so both paths share one ingest code path.
 */
export async function handler(event: SQSEvent | APIGatewayProxyEventV2, context: Context) {
  logger.addContext(context);
  try {
    if ("Records" in event) return await onQueue(event, context);
    return await onHttp(event as never, context as never);
  } finally {
    metrics.publishStoredMetrics();
  }
}
