import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { S3Client } from "@aws-sdk/client-s3";
import { FilmStore } from "@filmkb/store";
import type { IngestConfig } from "./config.ts";
import type { SubmitDeps } from "./http.ts";
import type { IngestDeps } from "./ingest.ts";
import { INGEST_LIMITS } from "./limits.ts";
import type { SweepDeps } from "./sweep.ts";

/** Builds the function's dependencies from its configuration: real clients, nothing global. */
export function createIngestDeps(
  config: IngestConfig,
  clients: { s3?: S3Client; dynamo?: DynamoDBClient } = {},
): IngestDeps & SubmitDeps & SweepDeps {
  const s3 =
    clients.s3 ??
    new S3Client(
      config.s3Endpoint
        ? // The local stand-in (s3rver) knows one fixed key pair; nothing secret.
          {
            endpoint: config.s3Endpoint,
            forcePathStyle: true,
            region: "us-east-1",
            credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
          }
        : {},
    );
  const dynamo =
    clients.dynamo ?? new DynamoDBClient(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {});
  return {
    s3,
    store: new FilmStore({ client: dynamo, tableName: config.tableName }),
    bucket: config.bucket,
    maxArticleBytes: config.maxArticleBytes,
    extractionBudgetMs: config.extractionBudgetMs,
    maxReceives: config.maxReceives,
    pendingLimitMs: config.pendingLimitMs,
    maxRedrives: INGEST_LIMITS.maxRedrives,
    now: () => new Date(),
  };
}
