/**
 * @module @filmkb/ingest-function
 * The ingest function's parts, for the local stack and tests. The Lambda entry is `lambda.ts`.
 */
export { createIngestDeps } from "./app.ts";
export { bucketTextLoader, unrecordedObjects } from "./bucket.ts";
export { type IngestConfig, loadConfig } from "./config.ts";
export { type ObjectRef, s3Notification } from "./events.ts";
export { createSubmitApp, type SubmitDeps } from "./http.ts";
export { type IngestDeps, type IngestOutcome, ingestObject, isPermanent } from "./ingest.ts";
export {
  INGEST_LIMITS,
  INGEST_TIMEOUT_SECONDS,
  PENDING_LIMIT_MS,
  QUEUE_VISIBILITY_SECONDS,
} from "./limits.ts";
export { sqsHandler } from "./sqs.ts";
export { type SweepDeps, type SweepReport, sweepPending } from "./sweep.ts";
