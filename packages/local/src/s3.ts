import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { S3Client } from "@aws-sdk/client-s3";

/** The S3 event notification a bucket sends when an object is created. */
export interface S3Notification {
  Records: Record<string, unknown>[];
}

interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
  on(event: "event", listener: (event: S3Notification) => void): void;
}
const require = createRequire(import.meta.url);
const S3rver = require("s3rver") as new (options: Record<string, unknown>) => S3rverInstance;

export interface LocalS3 {
  endpoint: string;
  client: S3Client;
  /** Called with the S3 notification of every object created in any bucket. */
  onObjectCreated(listener: (event: S3Notification) => void): void;
  close(): Promise<void>;
}

export interface LocalS3Options {
  port?: number;
  /** Where objects are kept; a temporary folder, removed on close, when absent. */
  directory?: string;
  buckets: string[];
}

/** s3rver (MIT, S3's API in Node) in this process, with the given buckets created. */
export async function startLocalS3(options: LocalS3Options): Promise<LocalS3> {
  const directory = options.directory ?? mkdtempSync(join(tmpdir(), "filmkb-s3-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: options.port ?? 0,
    silent: true,
    directory,
    resetOnClose: !options.directory,
    configureBuckets: options.buckets.map((name) => ({ name, configs: [] })),
    // Clients on the local stack sign with whatever credentials they find; none are secret here.
    allowMismatchedSignatures: true,
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = localS3Client(endpoint);
  return {
    endpoint,
    client,
    onObjectCreated: (listener) =>
      server.on("event", (event) => {
        const created = event.Records.filter((r) => String(r.eventName ?? "").startsWith("ObjectCreated:"));
        if (created.length) listener({ Records: created });
      }),
    close: async () => {
      client.destroy();
      await server.close();
      if (!options.directory) rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** An S3 client for a loopback endpoint: path-style addressing and dummy credentials. */
export function localS3Client(endpoint: string): S3Client {
  if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(endpoint)) {
    throw new Error(`refusing a non-local S3 endpoint "${endpoint}": local clients talk to loopback only`);
  }
  return new S3Client({
    endpoint,
    region: "us-east-1",
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
}
