import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from "aws-lambda";
import { objectsIn, SqsRecord } from "./events.ts";
import { type IngestDeps, ingestObject } from "./ingest.ts";

/**
 * SQS batches of S3 notifications, with partial batch responses: a message that fails is
 * reported in `batchItemFailures` and only it is delivered again.
 */
export function sqsHandler(deps: IngestDeps) {
  const processor = new BatchProcessor(EventType.SQS);
  const handleRecord = async (raw: SQSRecord) => {
    const record = SqsRecord.parse(raw);
    for (const object of objectsIn(record)) {
      await ingestObject(deps, {
        ...object,
        messageId: record.messageId,
        receiveCount: record.attributes.ApproximateReceiveCount ?? 1,
      });
    }
  };
  return (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> =>
    processPartialResponse(event, handleRecord, processor, {
      ...(context ? { context } : {}),
      throwOnFullBatchFailure: false,
    });
}
