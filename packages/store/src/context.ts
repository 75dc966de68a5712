import {
  type DynamoDBDocumentClient,
  QueryCommand,
  type QueryCommandInput,
  ScanCommand,
  type ScanCommandInput,
} from "@aws-sdk/lib-dynamodb";
import type { Cursors } from "./cursor.ts";
import type { CorruptItemError } from "./errors.ts";

/** What every store operation needs: the client, the table, cursors, a clock and a reporter. */
export interface StoreContext {
  doc: DynamoDBDocumentClient;
  table: string;
  cursors: Cursors;
  now: () => Date;
  /** Told about items that fail their schema; they are left out of results. */
  report: (error: CorruptItemError) => void;
}

/** A Scan followed to its last page: maintenance only, never on a request path. */
export async function scanAll(
  ctx: StoreContext,
  input: Omit<ScanCommandInput, "TableName">,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await ctx.doc.send(
      new ScanCommand({ ...input, TableName: ctx.table, ExclusiveStartKey: start }),
    );
    items.push(...((out.Items ?? []) as Record<string, unknown>[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** A Query followed to its last page (for partitions the store itself keeps small). */
export async function queryAll(
  ctx: StoreContext,
  input: Omit<QueryCommandInput, "TableName">,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await ctx.doc.send(
      new QueryCommand({ ...input, TableName: ctx.table, ExclusiveStartKey: start }),
    );
    items.push(...((out.Items ?? []) as Record<string, unknown>[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}
