import { readdirSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { extract } from "@filmkb/extract";
import { notFoundHandler, problemErrorHandler } from "@filmkb/http";
import {
  bucketTextLoader,
  createIngestDeps,
  createSubmitApp,
  INGEST_LIMITS,
  s3Notification,
  sqsHandler,
  sweepPending,
  unrecordedObjects,
} from "@filmkb/ingest-function";
import { ensureTable, missingIndexes, recreateTable, startLocalDynamo, startLocalS3 } from "@filmkb/local";
import { createQueryApp } from "@filmkb/query-function";
import { createTableInput } from "@filmkb/store";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { LocalQueue } from "./queue.ts";

export const LOCAL_TABLE = "filmkb-local";

/** The API's port is taken: the message says which, and how to choose another. */
export class PortInUseError extends Error {
  override name = "PortInUseError";
  constructor(readonly port: number) {
    super(`port ${port} is already in use`);
  }
}
export const LOCAL_BUCKET = "filmkb-articles";

export interface LocalStackOptions {
  /** HTTP port of the API (0 picks a free one). */
  port: number;
  /** Where dynalite and s3rver keep their data; in memory when null. */
  dataDir: string | null;
  /** A folder of sample articles to upload at start, or null. */
  examplesDir: string | null;
  log: (line: string) => void;
}

export interface LocalStack {
  url: string;
  /** The stack's own clients, for measurements (request counts) and tools. */
  dynamoClient: DynamoDBClient;
  s3Client: S3Client;
  tableName: string;
  bucket: string;
  dynamoEndpoint: string;
  s3Endpoint: string;
  /** Resolves when every upload so far has been ingested (or dead-lettered). */
  idle(): Promise<void>;
  deadLetters: string[];
  close(): Promise<void>;
}

const FORMAT_TYPES: Record<string, string> = {
  ".txt": "text/plain",
  ".html": "text/html",
  ".htm": "text/html",
  ".md": "text/markdown",
};

/**
 * The whole system on one machine: dynalite as the table, s3rver as the articles bucket,
 * the real ingest handler fed by the bucket's notifications through an SQS-shaped queue,
 * and the query API plus `POST /articles` on one HTTP server. No AWS account, Java or Docker.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const { log } = options;
  const where = (sub: string) =>
    options.dataDir ? `, data in ${join(options.dataDir, sub)}` : ", in memory";
  log(`  starting DynamoDB (dynalite${where("dynamo")})…`);
  const dynamo = await startLocalDynamo(options.dataDir ? { path: join(options.dataDir, "dynamo") } : {});
  log(`  starting S3 (s3rver${where("s3")})…`);
  const s3 = await startLocalS3({
    buckets: [LOCAL_BUCKET],
    ...(options.dataDir ? { directory: join(options.dataDir, "s3") } : {}),
  });
  const table = createTableInput(LOCAL_TABLE);
  const missing = await missingIndexes(dynamo.client, table);
  if (missing.length) {
    // A data folder from an older filmkb: the table is rebuilt, and every article in the
    // bucket (which keeps them all) is then unrecorded, so the recovery below queues it again.
    log(
      `  the table in ${options.dataDir} lacks index ${missing.join(", ")}: rebuilding it from the stored articles…`,
    );
    await recreateTable(dynamo.client, table);
  } else await ensureTable(dynamo.client, table);

  const deps = createIngestDeps(
    {
      tableName: LOCAL_TABLE,
      bucket: LOCAL_BUCKET,
      maxArticleBytes: INGEST_LIMITS.maxArticleBytes,
      extractionBudgetMs: INGEST_LIMITS.extractionBudgetMs,
      maxReceives: INGEST_LIMITS.maxReceives,
      pendingLimitMs: 0,
      dynamoEndpoint: undefined,
      s3Endpoint: undefined,
    },
    { s3: s3.client, dynamo: dynamo.client },
  );
  const deadLetters: string[] = [];
  const queue = new LocalQueue({
    handler: sqsHandler(deps),
    maxReceives: 3,
    onDeadLetter: (body) => {
      deadLetters.push(body);
      options.log(`dead letter: ${body.slice(0, 200)}`);
    },
  });
  s3.onObjectCreated((notification) => queue.send(notification));
  // After a crash (or a kill) the in-memory queue is gone: whatever was pending then is sent
  // round again (or failed, if it already was), and uploads never recorded are queued again.
  const recovered = await sweepPending(deps);
  const unrecorded = await unrecordedObjects(deps, LOCAL_BUCKET);
  for (const ref of unrecorded) queue.send(s3Notification([ref]));
  if (recovered.redriven.length || recovered.failed.length || unrecorded.length)
    options.log(
      `recovered after a stop: ${recovered.redriven.length + unrecorded.length} articles queued again, ${recovered.failed.length} failed`,
    );

  const app = new Hono();
  app.route("/", createSubmitApp(deps));
  // Local-only maintenance: re-extract stored articles with the current extractor.
  app.post("/_local/reprocess", async (c) => {
    const ids = await deps.store.listArticleIds();
    const results = [];
    for (const id of ids) {
      try {
        const outcome = await deps.store.reprocess(
          id,
          (input) => extract(input, { budgetMs: deps.extractionBudgetMs }),
          bucketTextLoader(deps.s3, deps.maxArticleBytes),
        );
        results.push({ id, films: outcome?.filmIds ?? [] });
      } catch (error) {
        results.push({ id, films: [], error: error instanceof Error ? error.message : String(error) });
      }
    }
    return c.json({ reprocessed: results.length, articles: results });
  });
  app.route(
    "/",
    createQueryApp({ store: deps.store, cacheMaxAge: 0, log: (m, e) => options.log(`${m}: ${String(e)}`) }),
  );
  app.onError(problemErrorHandler((message, error) => options.log(`${message}: ${String(error)}`)));
  app.notFound(notFoundHandler);

  const server = serve({ fetch: app.fetch, port: options.port, hostname: "127.0.0.1" });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("listening", () => resolve());
      server.once("error", (error: NodeJS.ErrnoException) =>
        reject(error.code === "EADDRINUSE" ? new PortInUseError(options.port) : error),
      );
    });
  } catch (error) {
    await s3.close();
    await dynamo.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  if (options.examplesDir) {
    for (const name of readdirSync(options.examplesDir).sort()) {
      const type = FORMAT_TYPES[extname(name).toLowerCase()];
      if (!type || /^readme/i.test(name)) continue;
      await s3.client.send(
        new PutObjectCommand({
          Bucket: LOCAL_BUCKET,
          Key: `examples/${name}`,
          Body: readFileSync(join(options.examplesDir, name)),
          ContentType: `${type}; charset=utf-8`,
        }),
      );
    }
  }

  return {
    url,
    dynamoClient: dynamo.client,
    s3Client: s3.client,
    tableName: LOCAL_TABLE,
    bucket: LOCAL_BUCKET,
    dynamoEndpoint: dynamo.endpoint,
    s3Endpoint: s3.endpoint,
    idle: async () => {
      // s3rver announces an upload just after answering it; give it a tick before waiting.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await queue.idle();
    },
    deadLetters,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await queue.idle();
      await s3.close();
      await dynamo.close();
    },
  };
}
