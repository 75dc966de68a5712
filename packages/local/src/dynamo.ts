import type { Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DeleteTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
} from "@aws-sdk/client-dynamodb";

// dynalite is CommonJS without types: one factory returning a node:http server.
const require = createRequire(import.meta.url);
const dynalite = require("dynalite") as (options: Record<string, unknown>) => Server;

export interface LocalDynamo {
  /** http://127.0.0.1:PORT */
  endpoint: string;
  /** An SDK client for this engine (dummy credentials, loopback endpoint). */
  client: DynamoDBClient;
  close(): Promise<void>;
}

export interface LocalDynamoOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** A folder for LevelDB files, so data outlives the process; in memory when absent. */
  path?: string;
  /** How long a new table stays CREATING (default 0: ACTIVE on the next tick); tests force races with it. */
  createTableMs?: number;
}

/**
 * dynalite (MIT, pure JS) in this process: DynamoDB's API on loopback, ready in tens of
 * milliseconds. Tables are ACTIVE as soon as they are created.
 */
export async function startLocalDynamo(options: LocalDynamoOptions = {}): Promise<LocalDynamo> {
  const server = dynalite({
    createTableMs: options.createTableMs ?? 0,
    deleteTableMs: 0,
    updateTableMs: 0,
    ...(options.path ? { path: options.path } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = localDynamoClient(endpoint);
  return {
    endpoint,
    client,
    close: async () => {
      client.destroy();
      server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** An SDK client for a loopback engine: fixed region and dummy credentials, never AWS. */
export function localDynamoClient(endpoint: string): DynamoDBClient {
  if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(endpoint)) {
    throw new Error(
      `refusing a non-local DynamoDB endpoint "${endpoint}": local clients talk to loopback only`,
    );
  }
  return new DynamoDBClient({
    endpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 3,
  });
}

/**
 * Creates a table unless it exists (a restarted local stack keeps its data), and returns once
 * it is ACTIVE: dynalite answers CreateTable with CREATING and turns it ACTIVE on a later tick,
 * and a Query in between (the stack's start-up sweep, on a busy machine) is refused.
 */
export async function ensureTable(client: DynamoDBClient, input: CreateTableCommandInput): Promise<void> {
  try {
    await client.send(new CreateTableCommand(input));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await until(client, input.TableName, "ACTIVE");
}

/**
 * The indexes `input` defines that an existing table lacks (a table kept in a data folder by
 * an older filmkb); empty when the table is missing or complete. dynalite cannot add an index
 * to a table, so the caller rebuilds it (`recreateTable`).
 */
export async function missingIndexes(
  client: DynamoDBClient,
  input: CreateTableCommandInput,
): Promise<string[]> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: input.TableName }));
    const have = new Set((Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
    return (input.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName ?? "").filter((n) => !have.has(n));
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return [];
    throw error;
  }
}

/** The table's status, or null once it is gone. */
async function tableStatus(client: DynamoDBClient, name: string | undefined): Promise<string | null> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: name }))).Table?.TableStatus ?? null;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return null;
    throw error;
  }
}

/** Polls until the table's status is `want` (null: deleted); dynalite settles on its next tick. */
async function until(client: DynamoDBClient, name: string | undefined, want: string | null): Promise<void> {
  for (let i = 0; i < 500 && (await tableStatus(client, name)) !== want; i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
}

/**
 * Drops a table and creates it again from `input`, returning once the new one is ACTIVE:
 * everything in it is lost.
 */
export async function recreateTable(client: DynamoDBClient, input: CreateTableCommandInput): Promise<void> {
  await client.send(new DeleteTableCommand({ TableName: input.TableName }));
  await until(client, input.TableName, null);
  await client.send(new CreateTableCommand(input));
  await until(client, input.TableName, "ACTIVE");
}
