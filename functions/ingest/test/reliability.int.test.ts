import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { extract } from "@filmkb/extract";
import { localDynamoClient, type S3Notification } from "@filmkb/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bucketTextLoader, createSubmitApp, sqsHandler, sweepPending } from "../src/index.ts";
import { BUCKET, examples, newDeps, type Stack, sqsEvent, startStack } from "./harness.ts";

let stack: Stack;
const created: S3Notification[] = [];
beforeAll(async () => {
  stack = await startStack();
  stack.s3.onObjectCreated((n) => created.push(n));
});
afterAll(async () => {
  await stack.close();
});

const seedShaped = readFileSync(join(examples, "the-long-night-2.txt"), "utf8");
const idOf = (text: string) => extract({ format: "text", text }).article.id;
const put = (key: string, body: string) =>
  stack.s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }));

/** An error as an AWS service answers it (the SDK attaches `$metadata`). */
const awsError = (name: string) => Object.assign(new Error(`${name}: refused`), { name, $metadata: {} });

/** A client for the shared dynalite that fails the requests `fault` picks, and only those. */
function faultyClient(
  fault: (command: string, input: Record<string, unknown>) => Error | null,
): DynamoDBClient {
  const client = localDynamoClient(stack.dynamo.endpoint);
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const error = fault(String(context.commandName), args.input as Record<string, unknown>);
      if (error) throw error;
      return next(args);
    },
    { step: "initialize", name: "injectFault" },
  );
  return client;
}
const isViewWrite = (command: string, input: Record<string, unknown>) => {
  // The document client's input may or may not be marshalled yet at this step.
  const type = (input.Item as { type?: unknown } | undefined)?.type;
  return command === "PutItemCommand" && (type === "view" || (type as { S?: string })?.S === "view");
};

async function articleState(deps: Awaited<ReturnType<typeof newDeps>>, id: string) {
  const found = await deps.store.getArticleWithFacts(id);
  return { status: found?.article.status, facts: found?.facts.length ?? 0 };
}

describe("failures end an article with a reason", () => {
  it("fails an article at once on a deterministic error, taking back what its save wrote", async () => {
    const deps = await newDeps(stack, {
      dynamo: faultyClient((command, input) =>
        isViewWrite(command, input) ? awsError("ValidationException") : null,
      ),
    });
    await put("incoming/validation.txt", seedShaped);
    const response = await sqsHandler(deps)(sqsEvent([{ key: "incoming/validation.txt", receiveCount: 1 }]));
    expect(response.batchItemFailures).toEqual([]);
    const { status, facts } = await articleState(deps, idOf(seedShaped));
    expect(status).toEqual({ state: "failed", reason: expect.stringMatching(/ValidationException/) });
    expect(facts).toBe(0);
    expect(await deps.store.getFilm("the-long-night-2")).toBeNull();
  });

  it("retries a transient error, and on the last delivery gives up: failed, with what it wrote taken back", async () => {
    const deps = await newDeps(stack, {
      dynamo: faultyClient((command, input) =>
        isViewWrite(command, input) ? awsError("ProvisionedThroughputExceededException") : null,
      ),
    });
    await put("incoming/throttled.txt", seedShaped);
    const first = await sqsHandler(deps)(
      sqsEvent([{ key: "incoming/throttled.txt", receiveCount: 1, messageId: "m1" }]),
    );
    expect(first.batchItemFailures).toEqual([{ itemIdentifier: "m1" }]);
    expect((await articleState(deps, idOf(seedShaped))).status).toEqual({ state: "pending" });

    const last = await sqsHandler(deps)(sqsEvent([{ key: "incoming/throttled.txt", receiveCount: 3 }]));
    expect(last.batchItemFailures).toEqual([]);
    const { status, facts } = await articleState(deps, idOf(seedShaped));
    expect(status).toEqual({
      state: "failed",
      reason: expect.stringMatching(/^gave up after 3 attempts: ProvisionedThroughputExceededException/),
    });
    expect(facts).toBe(0);
  });

  it("fails an article past its extraction budget alone; the rest of its batch is ingested", async () => {
    // The budget's clock counts the extractor's checks instead of reading time, so which
    // article runs out does not depend on how fast this machine is.
    let steps = 0;
    const deps = await newDeps(stack, { extractionBudgetMs: 40 });
    const counted = { ...deps, extractionClock: () => steps++ };
    const long = Array.from({ length: 150 }, () => seedShaped).join("\n\n");
    await put("incoming/short.txt", seedShaped);
    await put("incoming/long.txt", long);
    await put("incoming/other.md", readFileSync(join(examples, "box-office-weekend.md"), "utf8"));
    const response = await sqsHandler(counted)(
      sqsEvent([{ key: "incoming/short.txt" }, { key: "incoming/long.txt" }, { key: "incoming/other.md" }]),
    );
    expect(response.batchItemFailures).toEqual([]);
    expect((await articleState(deps, idOf(seedShaped))).status?.state).toBe("ingested");
    expect((await deps.store.getFilm("paper-lanterns"))?.film.title).toBe("Paper Lanterns");
    expect((await articleState(deps, idOf(long))).status).toEqual({
      state: "failed",
      reason: expect.stringMatching(/ran past its budget of 40 ms/),
    });
  });
});

describe("the sweeper", () => {
  const post = async (deps: Awaited<ReturnType<typeof newDeps>>, text: string) => {
    const res = await createSubmitApp(deps).request("/articles", {
      method: "POST",
      body: text,
      headers: { "content-type": "text/plain" },
    });
    return ((await res.json()) as { id: string }).id;
  };

  it("sends a POSTed article whose every delivery timed out round again, and it is ingested", async () => {
    const deps = await newDeps(stack);
    const text = `${seedShaped}\n\nA sweeper test.`;
    const id = await post(deps, text);
    // Every delivery timed out: nothing ran the give-up path, the message went to the DLQ.
    const report = await sweepPending(deps);
    expect(report).toEqual({ redriven: [id], failed: [] });
    await new Promise((resolve) => setTimeout(resolve, 50)); // s3rver announces just after answering
    const again = created.find((n) =>
      n.Records.some(
        (r) => JSON.stringify(r).includes(`articles/${id}.txt`) && r.eventName === "ObjectCreated:Copy",
      ),
    );
    expect(again).toBeDefined();
    const event = sqsEvent([{ key: "", body: JSON.stringify(again) }]);
    expect((await sqsHandler(deps)(event)).batchItemFailures).toEqual([]);
    expect((await articleState(deps, id)).status?.state).toBe("ingested");
    expect(await deps.store.pendingArticles(new Date(Date.now() + 60_000))).toEqual([]);
  });

  it("fails an article still pending after it was sent round again, with the reason", async () => {
    const deps = await newDeps(stack);
    const id = await post(deps, `${seedShaped}\n\nAnother sweeper test.`);
    expect((await sweepPending(deps)).redriven).toEqual([id]);
    // The re-drive timed out too.
    const report = await sweepPending(deps);
    expect(report.failed.map((f) => f.articleId)).toEqual([id]);
    expect((await articleState(deps, id)).status).toEqual({
      state: "failed",
      reason: expect.stringMatching(/sent round again 1 time\(s\)/),
    });
    expect(await deps.store.pendingArticles(new Date(Date.now() + 60_000))).toEqual([]);
  });

  it("sends an upload whose save died part-way round again, from its place under articles/", async () => {
    const crashing = await newDeps(stack, {
      dynamo: faultyClient((command, input) =>
        isViewWrite(command, input) ? awsError("TimeoutError") : null,
      ),
    });
    const text = `${seedShaped}\n\nAn upload whose save died.`;
    await put("incoming/died.txt", text);
    await sqsHandler(crashing)(sqsEvent([{ key: "incoming/died.txt", receiveCount: 1 }]));
    const id = idOf(text);
    expect((await articleState(crashing, id)).status).toEqual({ state: "pending" });
    // The function's only writable prefix is articles/: the re-drive copies the upload there.
    const deps = await newDeps(stack, { tableName: crashing.tableName });
    expect((await sweepPending(deps)).redriven).toEqual([id]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const again = created.find((n) => JSON.stringify(n).includes(`articles/${id}.txt`));
    expect(again).toBeDefined();
    const event = sqsEvent([{ key: "", body: JSON.stringify(again) }]);
    expect((await sqsHandler(deps)(event)).batchItemFailures).toEqual([]);
    expect((await articleState(deps, id)).status?.state).toBe("ingested");
  });

  it("leaves an article alone while it is pending for less than the limit", async () => {
    const deps = { ...(await newDeps(stack)), pendingLimitMs: 60 * 60_000 };
    await post(deps, `${seedShaped}\n\nA fresh article.`);
    expect(await sweepPending(deps)).toEqual({ redriven: [], failed: [] });
  });
});

describe("reprocessing", () => {
  it("re-extracts an article whose text is only in the bucket", async () => {
    const deps = await newDeps(stack);
    const res = await createSubmitApp(deps).request("/articles", {
      method: "POST",
      body: seedShaped,
      headers: { "content-type": "text/plain" },
    });
    const { id } = (await res.json()) as { id: string };
    await expect(deps.store.reprocess(id, extract)).rejects.toThrow(/no stored text/);
    const outcome = await deps.store.reprocess(id, extract, bucketTextLoader(deps.s3, deps.maxArticleBytes));
    expect(outcome?.filmIds).toContain("the-long-night-2");
    expect((await articleState(deps, id)).status?.state).toBe("ingested");
  });
});
