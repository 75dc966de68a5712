import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { ensureTable, type LocalDynamo, type LocalS3, startLocalDynamo, startLocalS3 } from "@filmkb/local";
import { countRequests, createTableInput } from "@filmkb/store";
import type { SQSEvent } from "aws-lambda";
import { createIngestDeps } from "../src/index.ts";

export const BUCKET = "filmkb-articles";
const events = join(import.meta.dirname, "events");
export const examples = join(import.meta.dirname, "..", "..", "..", "examples");

export interface Stack {
  dynamo: LocalDynamo;
  s3: LocalS3;
  close(): Promise<void>;
}

export async function startStack(): Promise<Stack> {
  const [dynamo, s3] = await Promise.all([startLocalDynamo(), startLocalS3({ buckets: [BUCKET] })]);
  return { dynamo, s3, close: async () => void (await Promise.all([dynamo.close(), s3.close()])) };
}

/** The function's dependencies on a fresh table, with its DynamoDB requests counted. */
export async function newDeps(
  stack: Stack,
  overrides: {
    maxArticleBytes?: number;
    extractionBudgetMs?: number;
    pendingLimitMs?: number;
    /** Another client for the same dynalite (one that injects faults). */
    dynamo?: DynamoDBClient;
    /** An existing table (by default a fresh one). */
    tableName?: string;
  } = {},
) {
  const tableName = overrides.tableName ?? `filmkb-${randomUUID()}`;
  await ensureTable(stack.dynamo.client, createTableInput(tableName));
  const requests = countRequests(stack.dynamo.client);
  const deps = createIngestDeps(
    {
      tableName,
      bucket: BUCKET,
      maxArticleBytes: overrides.maxArticleBytes ?? 1_048_576,
      extractionBudgetMs: overrides.extractionBudgetMs ?? 60_000,
      maxReceives: 3,
      pendingLimitMs: overrides.pendingLimitMs ?? 0,
      dynamoEndpoint: undefined,
      s3Endpoint: undefined,
    },
    { s3: stack.s3.client, dynamo: overrides.dynamo ?? stack.dynamo.client },
  );
  return { ...deps, tableName, requests };
}

/** The recorded SQS event, carrying an S3 notification for each given object. */
export function sqsEvent(
  objects: { key: string; messageId?: string; receiveCount?: number; body?: string }[],
): SQSEvent {
  const template = JSON.parse(readFileSync(join(events, "sqs-s3-object-created.json"), "utf8")) as SQSEvent;
  const record = template.Records[0];
  if (!record) throw new Error("fixture has no record");
  return {
    Records: objects.map((o, i) => ({
      ...record,
      messageId: o.messageId ?? `message-${i}`,
      attributes: { ...record.attributes, ApproximateReceiveCount: String(o.receiveCount ?? 1) },
      // S3 URL-encodes keys in notifications, spaces as "+".
      body:
        o.body ??
        record.body
          .replace(/BUCKET/g, BUCKET)
          .replace("KEY", encodeURIComponent(o.key).replace(/%20/g, "+").replace(/%2F/g, "/")),
    })),
  };
}

export function apiEvent(body: string, headers: Record<string, string>, isBase64Encoded = false) {
  const template = JSON.parse(readFileSync(join(events, "apigw-v2-post-articles.json"), "utf8"));
  return { ...template, headers: { ...template.headers, ...headers }, body, isBase64Encoded };
}
