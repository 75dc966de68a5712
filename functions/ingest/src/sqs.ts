import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from "aws-lambda";
import { objectsIn, SqsRecord } from "./events.ts";
import { type IngestDeps, ingestObject } from "./ingest.ts";
import { SaveGroup } from "./save-group.ts";

/** The objects a record announces; none for a record that is no S3 notification (it fails alone). */
const objectCount = (raw: SQSRecord) => {
  try {
    return objectsIn(SqsRecord.parse(raw)).length;
  } catch {
    return 0;
  }
};

/**
 * SQS batches of S3 notifications, with partial batch responses: a message that fails is
 * reported in `batchItemFailures` and only it is delivered again. The articles of a batch are
 * ingested concurrently and saved together (see SaveGroup).
 */
export function sqsHandler(deps: IngestDeps) {
  const processor = new BatchProcessor(EventType.SQS);
  return (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> => {
    const group = new SaveGroup(
      deps.store,
      event.Records.reduce((n, raw) => n + objectCount(raw), 0),
    );
    const handleRecord = async (raw: SQSRecord) => {
      const record = SqsRecord.parse(raw);
      await Promise.all(
        objectsIn(record).map(async (object) => {
          const member = group.join();
          try {
            await ingestObject(
              { ...deps, save: member.save },
              {
                ...object,
                messageId: record.messageId,
                receiveCount: record.attributes.ApproximateReceiveCount ?? 1,
              },
            );
          } finally {
            member.done();
          }
        }),
      );
    };
    return processPartialResponse(event, handleRecord, processor, {
      ...(context ? { context } : {}),
      throwOnFullBatchFailure: false,
      // The group waits for every article of the batch: records must run side by side.
      processInParallel: true,
    });
  };
}
