import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import { extract } from "@filmkb/extract";
import { ensureTable, type LocalDynamo, startLocalDynamo } from "@filmkb/local";
import { createTableInput, FilmStore } from "@filmkb/store";
import type { Context } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { example } from "./harness.ts";

let dynamo: LocalDynamo;
let tableName: string;
let handler: (
  event: unknown,
  context: Context,
) => Promise<{ statusCode: number; headers: Record<string, string>; body: string }>;
const event = JSON.parse(readFileSync(join(import.meta.dirname, "events", "apigw-v2-get.json"), "utf8"));

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  tableName = `filmkb-${randomUUID()}`;
  await ensureTable(dynamo.client, createTableInput(tableName));
  const store = new FilmStore({ client: dynamo.client, tableName });
  const text = example("the-long-night-2.txt");
  await store.saveExtraction({
    result: extract({ format: "text", text }),
    raw: { format: "text", text },
    sources: [{ kind: "cli", path: "x" }],
  });
  Object.assign(process.env, {
    TABLE_NAME: tableName,
    CURSOR_SECRET: "lambda-test-secret-16",
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: "local",
    AWS_SECRET_ACCESS_KEY: "local",
    // As deployed (the shared test settings silence Powertools): one test reads what is logged.
    POWERTOOLS_LOG_LEVEL: "INFO",
  });
  ({ handler } = (await import("../src/lambda.ts")) as unknown as { handler: typeof handler });
});
afterAll(async () => {
  await dynamo.close();
});

describe("the query Lambda entry point", () => {
  it("answers an API Gateway HTTP API v2 event", async () => {
    const res = await handler(event, {} as Context);
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body).title).toBe("The Long Night 2");
    expect(res.headers.etag).toBeTruthy();
  });

  it("answers a bad query string with problem+json", async () => {
    const res = await handler(
      {
        ...event,
        rawPath: "/films",
        rawQueryString: "limit=500",
        requestContext: { ...event.requestContext, http: { ...event.requestContext.http, path: "/films" } },
      },
      {} as Context,
    );
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toBe("application/problem+json");
  });

  it("writes what it logs (a corrupt item, through its logger) before it answers", async () => {
    const person = "logged-corrupt-credit";
    for (const item of [
      { pk: `PERSON#${person}`, sk: "PERSON", type: "person", id: person, name: "Logged Corrupt" },
      { pk: `PERSON#${person}`, sk: "CREDIT#some-film#cast#-", type: "credit" },
    ])
      await dynamo.client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: Object.fromEntries(Object.entries(item).map(([k, v]) => [k, { S: v }])),
        }),
      );
    // Powertools writes errors to stderr (through a Console of its own, which writes to the stream).
    const written: string[] = [];
    const write = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const res = await handler(
        {
          ...event,
          rawPath: `/people/${person}`,
          requestContext: {
            ...event.requestContext,
            http: { ...event.requestContext.http, path: `/people/${person}` },
          },
        },
        {} as Context,
      );
      expect(res.statusCode).toBe(200);
    } finally {
      write.mockRestore();
    }
    const lines = written.flatMap((chunk) => chunk.split("\n")).filter((line) => line.startsWith("{"));
    expect(lines.map((line) => JSON.parse(line))).toContainEqual(
      expect.objectContaining({
        level: "ERROR",
        message: "corrupt item skipped",
        service: "filmkb-query",
        key: { pk: `PERSON#${person}`, sk: "CREDIT#some-film#cast#-" },
      }),
    );
  });
});
