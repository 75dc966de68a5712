import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from "aws-lambda";
import { objectsIn, SqsRecord } from "./events.ts";
import { type IngestDeps, ingestObject } from "./ingest.ts";
import { logger } from "./observability.ts";

/**
 * SQS batches of S3 notifications, with partial batch responses: a message that fails is
 * reported in `batchItemFailures` and only it is delivered again.
 */
export function sqsHandler(deps: IngestDeps) {
  const processor = new BatchProcessor(EventType.SQS);
  const handleRecord = async (raw: SQSRecord) => {
    const record = SqsRecord.parse(raw);
    logger.appendKeys({ messageId: record.messageId });
    try {
      for (const object of objectsIn(record)) {
        await ingestObject(deps, { ...object, receiveCount: record.attributes.ApproximateReceiveCount ?? 1 });
      }
    } finally {
      logger.removeKeys(["messageId", "articleId", "s3Key"]);
    }
  };
  return (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> =>
    processPartialResponse(event, handleRecord, processor, {
      ...(context ? { context } : {}),
      throwOnFullBatchFailure: false,
    });
}
