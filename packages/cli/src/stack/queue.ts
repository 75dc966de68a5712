import { randomUUID } from "node:crypto";
import type { S3Notification } from "@filmkb/local";
import type { SQSBatchResponse, SQSEvent } from "aws-lambda";

export interface LocalQueueOptions {
  /** The ingest function's SQS handler: the same code that runs in Lambda. */
  handler: (event: SQSEvent) => Promise<SQSBatchResponse>;
  maxReceives: number;
  onDeadLetter: (body: string) => void;
}

/**
 * Stands in for the SQS queue between the bucket and the ingest function: each S3
 * notification becomes an SQS record of the shape Lambda receives, failures are delivered
 * again with a growing receive count, and after the last one the message is dead-lettered.
 */
export class LocalQueue {
  private pending: { body: string; receiveCount: number }[] = [];
  private running: Promise<void> | null = null;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly options: LocalQueueOptions) {}

  send(notification: S3Notification): void {
    this.pending.push({ body: JSON.stringify(notification), receiveCount: 0 });
    this.running ??= this.drain().finally(() => {
      this.running = null;
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    });
  }

  /** Resolves once every message sent so far has been processed or dead-lettered. */
  idle(): Promise<void> {
    return this.running ? new Promise((resolve) => this.idleWaiters.push(resolve)) : Promise.resolve();
  }

  private async drain(): Promise<void> {
    while (this.pending.length) {
      const batch = this.pending
        .splice(0, 5)
        .map((m) => ({ ...m, receiveCount: m.receiveCount + 1, messageId: randomUUID() }));
      const event: SQSEvent = {
        Records: batch.map((m) => ({
          messageId: m.messageId,
          receiptHandle: m.messageId,
          body: m.body,
          attributes: {
            ApproximateReceiveCount: String(m.receiveCount),
            SentTimestamp: String(Date.now()),
            SenderId: "local",
            ApproximateFirstReceiveTimestamp: String(Date.now()),
          },
          messageAttributes: {},
          md5OfBody: "",
          eventSource: "aws:sqs",
          eventSourceARN: "arn:aws:sqs:local:000000000000:filmkb-ingest",
          awsRegion: "local",
        })),
      };
      let failed: Set<string>;
      try {
        const response = await this.options.handler(event);
        failed = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
      } catch {
        failed = new Set(batch.map((m) => m.messageId));
      }
      for (const m of batch) {
        if (!failed.has(m.messageId)) continue;
        if (m.receiveCount >= this.options.maxReceives) this.options.onDeadLetter(m.body);
        else {
          await new Promise((resolve) => setTimeout(resolve, 100 * m.receiveCount));
          this.pending.push({ body: m.body, receiveCount: m.receiveCount });
        }
      }
    }
  }
}
