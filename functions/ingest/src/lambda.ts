import type { APIGatewayProxyEventV2, Context, SQSEvent } from "aws-lambda";
import { handle } from "hono/aws-lambda";
import { createIngestDeps } from "./app.ts";
import { loadConfig } from "./config.ts";
import { createSubmitApp } from "./http.ts";
import { logger, metrics } from "./observability.ts";
import { sqsHandler } from "./sqs.ts";
import { sweepPending } from "./sweep.ts";

// Configuration and clients are built once per container, at cold start.
const deps = createIngestDeps(loadConfig(process.env));
const onQueue = sqsHandler(deps);
const onHttp = handle(createSubmitApp(deps));

/** What the EventBridge schedule sends: run the sweeper. */
interface SweepEvent {
  task: "sweep";
}

/**
 * The ingest Lambda: SQS batches of S3 notifications, `POST /articles` from API Gateway
 * (HTTP API, payload v2), and the scheduled sweep of stuck articles. One function, so every
 * path shares one ingest code path.
 */
export async function handler(event: SQSEvent | APIGatewayProxyEventV2 | SweepEvent, context: Context) {
  logger.addContext(context);
  try {
    if ("Records" in event) return await onQueue(event, context);
    if ("task" in event && event.task === "sweep") return await sweepPending(deps);
    return await onHttp(event as never, context as never);
  } finally {
    metrics.publishStoredMetrics();
  }
}
