import { setTimeout as sleep } from "node:timers/promises";
import { BatchGetCommand, BatchWriteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { StoreError } from "./errors.ts";
import { type Key, keyString } from "./keys.ts";

export type WriteRequest =
  | { PutRequest: { Item: Record<string, unknown> } }
  | { DeleteRequest: { Key: Key } };

const MAX_ATTEMPTS = 8;
/** Exponential backoff with full jitter: 25 ms, 50 ms, … capped at 2 s. */
const backoff = (attempt: number) => sleep(Math.random() * Math.min(2000, 25 * 2 ** attempt));

const keyOf = (r: WriteRequest) => keyString("PutRequest" in r ? r.PutRequest.Item : r.DeleteRequest.Key);

/** Sends `pending` until DynamoDB reports nothing left over, backing off between attempts. */
async function untilProcessed<T>(
  pending: T[],
  what: string,
  send: (pending: T[]) => Promise<T[]>,
): Promise<void> {
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt >= MAX_ATTEMPTS)
      throw new StoreError(
        "unprocessed",
        `${pending.length} ${what} still unprocessed after ${MAX_ATTEMPTS} attempts`,
      );
    if (attempt > 0) await backoff(attempt);
    pending = await send(pending);
  }
}

/**
 * BatchWriteItem in chunks of 25, retrying UnprocessedItems with backoff. A later request for
 * the same key replaces an earlier one (one batch may not name a key twice).
 */
export async function batchWrite(
  doc: DynamoDBDocumentClient,
  table: string,
  requests: WriteRequest[],
): Promise<void> {
  const unique = [...new Map(requests.map((r) => [keyOf(r), r])).values()];
  for (let i = 0; i < unique.length; i += 25) {
    await untilProcessed(unique.slice(i, i + 25), "writes", async (pending) => {
      const out = await doc.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
      return (out.UnprocessedItems?.[table] ?? []) as WriteRequest[];
    });
  }
}

/** BatchGetItem in chunks of 100, retrying UnprocessedKeys with backoff. */
export async function batchGet(
  doc: DynamoDBDocumentClient,
  table: string,
  keys: Key[],
): Promise<Record<string, unknown>[]> {
  const unique = [...new Map(keys.map((k) => [keyString(k), k])).values()];
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < unique.length; i += 100) {
    await untilProcessed(unique.slice(i, i + 100), "reads", async (pending) => {
      const out = await doc.send(new BatchGetCommand({ RequestItems: { [table]: { Keys: pending } } }));
      items.push(...((out.Responses?.[table] ?? []) as Record<string, unknown>[]));
      return (out.UnprocessedKeys?.[table]?.Keys ?? []) as Key[];
    });
  }
  return items;
}

export { backoff };
