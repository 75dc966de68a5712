import { randomUUID } from "node:crypto";
import { ScanCommand } from "@aws-sdk/client-dynamodb";
import { extract } from "@filmkb/extract";
import { ensureTable, type LocalDynamo, startLocalDynamo } from "@filmkb/local";
import type { ArticleFormat } from "@filmkb/schema";
import {
  type CorruptItemError,
  countRequests,
  createTableInput,
  FilmStore,
  type SaveInput,
  type StoreHooks,
} from "../src/index.ts";

/** One dynalite per test file; each test gets its own table, so tests never see each other's data. */
export async function startEngine(): Promise<LocalDynamo> {
  return startLocalDynamo();
}

export async function newStore(dynamo: LocalDynamo, options: { now?: () => Date; hooks?: StoreHooks } = {}) {
  const tableName = `filmkb-${randomUUID()}`;
  await ensureTable(dynamo.client, createTableInput(tableName));
  const corrupt: CorruptItemError[] = [];
  const requests = countRequests(dynamo.client);
  const store = new FilmStore({
    client: dynamo.client,
    tableName,
    cursorSecret: "test-secret-at-least-16",
    onCorruptItem: (e) => corrupt.push(e),
    ...options,
  });
  const itemCount = async () => {
    let count = 0;
    let start: Record<string, never> | undefined;
    do {
      const out = await dynamo.client.send(
        new ScanCommand({ TableName: tableName, Select: "COUNT", ExclusiveStartKey: start }),
      );
      count += out.Count ?? 0;
      start = out.LastEvaluatedKey as typeof start;
    } while (start);
    return count;
  };
  return { store, tableName, corrupt, requests, itemCount };
}

/** An article extracted as the ingest function extracts it, ready to save. */
export function extraction(
  text: string,
  options: { format?: ArticleFormat; publishedAt?: string; key?: string } = {},
): SaveInput {
  const format = options.format ?? "text";
  const result = extract({ format, text, publishedAt: options.publishedAt ?? null });
  return {
    result,
    raw: { format, text },
    sources: [
      { kind: "s3", bucket: "articles-bucket", key: options.key ?? `incoming/${result.article.id}.txt` },
    ],
  };
}

/** Extracts and saves an article the way the ingest function does. */
export function ingest(
  store: FilmStore,
  text: string,
  options: { format?: ArticleFormat; publishedAt?: string; key?: string } = {},
) {
  return store.saveExtraction(extraction(text, options));
}

/** Extracts articles and saves them together, as the ingest function saves one SQS batch. */
export function ingestTogether(store: FilmStore, texts: string[]) {
  return store.saveExtractions(texts.map((text) => extraction(text)));
}
