import {
  type DynamoDBDocumentClient,
  paginateQuery,
  paginateScan,
  type QueryCommandInput,
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

type Item = Record<string, unknown>;

async function collect(pages: AsyncIterable<{ Items?: Item[] }>): Promise<Item[]> {
  const items: Item[] = [];
  for await (const page of pages) items.push(...(page.Items ?? []));
  return items;
}

/** A Scan followed to its last page: maintenance only, never on a request path. */
export function scanAll(ctx: StoreContext, input: Omit<ScanCommandInput, "TableName">): Promise<Item[]> {
  return collect(paginateScan({ client: ctx.doc }, { ...input, TableName: ctx.table }));
}

/** A Query followed to its last page (for partitions the store itself keeps small). */
export function queryAll(ctx: StoreContext, input: Omit<QueryCommandInput, "TableName">): Promise<Item[]> {
  return collect(paginateQuery({ client: ctx.doc }, { ...input, TableName: ctx.table }));
}
