import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ensureTable } from "@filmkb/local";
import { createTableInput } from "@filmkb/store";
import type { Context } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiEvent, BUCKET, examples, type Stack, sqsEvent, startStack } from "./harness.ts";

let stack: Stack;
let handler: (event: unknown, context: Context) => Promise<unknown>;
const context = {
  awsRequestId: "req-1",
  functionName: "ingest",
  getRemainingTimeInMillis: () => 30_000,
} as unknown as Context;

beforeAll(async () => {
  stack = await startStack();
  const tableName = `filmkb-${randomUUID()}`;
  await ensureTable(stack.dynamo.client, createTableInput(tableName));
  // The Lambda reads its configuration from the environment at cold start, as on AWS.
  Object.assign(process.env, {
    TABLE_NAME: tableName,
    ARTICLES_BUCKET: BUCKET,
    DYNAMODB_ENDPOINT: stack.dynamo.endpoint,
    S3_ENDPOINT: stack.s3.endpoint,
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: "local",
    AWS_SECRET_ACCESS_KEY: "local",
    // Every pending article counts as stuck, so the scheduled sweep has something to do.
    PENDING_LIMIT_MS: "0",
  });
  ({ handler } = (await import("../src/lambda.ts")) as unknown as { handler: typeof handler });
});
afterAll(async () => {
  await stack.close();
});

describe("the ingest Lambda entry point", () => {
  it("answers an API Gateway v2 POST /articles with 202, then ingests the upload from its SQS message", async () => {
    const text = readFileSync(join(examples, "the-long-night-2.txt"), "utf8");
    const res = (await handler(
      apiEvent(Buffer.from(text).toString("base64"), { "content-type": "text/plain" }, true),
      context,
    )) as {
      statusCode: number;
      headers: Record<string, string>;
      body: string;
    };
    expect(res.statusCode).toBe(202);
    const { id } = JSON.parse(res.body) as { id: string };
    expect(res.headers.location).toBe(`/articles/${id}`);

    const batch = (await handler(sqsEvent([{ key: `articles/${id}.txt` }]), context)) as {
      batchItemFailures: unknown[];
    };
    expect(batch.batchItemFailures).toEqual([]);
  });

  it("answers a bad request with problem+json and no internals", async () => {
    const res = (await handler(apiEvent("", { "content-type": "text/plain" }), context)) as {
      statusCode: number;
      headers: Record<string, string>;
      body: string;
    };
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toBe("application/problem+json");
    expect(res.body).not.toMatch(/at .*\.ts|node_modules/);
  });

  it("runs the sweeper on the schedule's event, sending a stuck article round again", async () => {
    const text = `${readFileSync(join(examples, "the-long-night-2.txt"), "utf8")}\n\nNever delivered.`;
    const posted = (await handler(apiEvent(text, { "content-type": "text/plain" }), context)) as {
      body: string;
    };
    const { id } = JSON.parse(posted.body) as { id: string };
    // The event the CDK app's EventBridge rule sends (infra/test/stack.test.ts checks it).
    expect(await handler({ task: "sweep" }, context)).toEqual({ redriven: [id], failed: [] });
  });
});
