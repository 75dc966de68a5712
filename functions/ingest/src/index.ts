/**
 * @module @filmkb/ingest-function
 * The ingest function's parts, for the local stack and tests. The Lambda entry is `lambda.ts`.
 */
export { createIngestDeps } from "./app.ts";
export { type IngestConfig, loadConfig } from "./config.ts";
export { createSubmitApp, type SubmitDeps } from "./http.ts";
export { type IngestDeps, type IngestOutcome, ingestObject } from "./ingest.ts";
export { sqsHandler } from "./sqs.ts";
