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
  hooks: StoreHooks;
}

/**
 * Points where a test can step in: to force a race (delay between a view's read and its
 * write) or to bump a version underneath. Production code passes none.
 */
export interface StoreHooks {
  /** Called after a film's partition is read and before its view is written, on every attempt. */
  beforeViewWrite?: (filmId: string, attempt: number) => Promise<void> | void;
}

type Item = Record<string, unknown>;

async function collect(pages: AsyncIterable<{ Items?: Item[] }>): Promise<Item[]> {
  const items: Item[] = [];
  for await (const page of pages) items.push(...(page.Items ?? []));
  return items;
}

/** A Scan followed to its last page: maintenance only, never on a request path. */
export function scanAll(ctx: StoreContext, params: ScanCommandInput): Promise<Item[]> {
  return collect(paginateScan({ client: ctx.doc }, params));
}

/** A Query followed to its last page (for partitions the store itself keeps small). */
export function queryAll(ctx: StoreContext, params: QueryCommandInput): Promise<Item[]> {
  return collect(paginateQuery({ client: ctx.doc }, params));
}
