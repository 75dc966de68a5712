import { randomUUID } from "node:crypto";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, paginateScan } from "@aws-sdk/lib-dynamodb";
import { extract } from "@filmkb/extract";
import { ensureTable, type LocalDynamo, localDynamoClient } from "@filmkb/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTableInput, FilmStore } from "../src/index.ts";
import { ingest, ingestTogether, startEngine } from "./harness.ts";

/**
 * Crash safety, proved by crashing: a scenario runs once per write it makes, dying (a throw
 * from a hook on the DynamoDB client) just before write number n; then it runs again, as the
 * queue's retry or the sweeper would run it, and the table must end exactly as after a run
 * that never crashed. At the crash itself, an article that reads final must be complete: the
 * table is as before the run (nothing happened yet, or a finished article is being redone) or
 * as after it.
 */

const WRITES = new Set(["BatchWriteItem", "PutItem", "DeleteItem", "UpdateItem"]);
const NOW = new Date("2026-02-01T10:00:00Z");

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startEngine();
});
afterAll(async () => {
  await dynamo.close();
});

class Crash extends Error {}

/** A store on a fresh table whose client dies before its `crashAt`-th write (never when null). */
async function crashingStore(crashAt: number | null) {
  const tableName = `filmkb-${randomUUID()}`;
  const client = localDynamoClient(dynamo.endpoint);
  await ensureTable(client, createTableInput(tableName));
  const state = { writes: 0, armed: false };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (state.armed && WRITES.has(String(context.commandName).replace(/Command$/, ""))) {
        state.writes++;
        if (state.writes === crashAt) throw new Crash(`crash before write ${crashAt}`);
      }
      return next(args);
    },
    { step: "initialize", name: "crashBeforeWrite" },
  );
  const store = new FilmStore({ client, tableName, cursorSecret: "crash-tests-secret-16", now: () => NOW });
  return { store, client, tableName, state };
}

/** Every item, with what legitimately differs between runs (view versions and clocks) left out. */
async function snapshot(client: DynamoDBClient, tableName: string) {
  const items: Record<string, unknown>[] = [];
  for await (const page of paginateScan(
    { client: DynamoDBDocumentClient.from(client) },
    { TableName: tableName },
  ))
    items.push(...(page.Items ?? []));
  return items
    .map((item) => {
      if (item.type === "view" || item.type === "redirect") {
        delete item.version;
        if (item.data) item.data = { ...(item.data as object), version: 0, updatedAt: "" };
      }
      return item;
    })
    .sort((a, b) => `${a.pk}|${a.sk}`.localeCompare(`${b.pk}|${b.sk}`));
}

interface Scenario {
  name: string;
  /** What is already stored (never crashes). */
  setup: (store: FilmStore) => Promise<unknown>;
  /** The operation that crashes, run again as the next attempt. */
  run: (store: FilmStore) => Promise<unknown>;
  /** The article whose status is the commit. */
  articleId: string;
}

const KNOWN = "The thriller Night Ferry, directed by Ana Ruiz, stars Tomas Berg as Captain Holm.";
const BOTH =
  "The thriller Night Ferry stars Lena Vik. The drama Paper Moon, directed by Ines Carvalho, opens in the United Kingdom on May 8, 2026, and was shot in Lisbon.";
const idOf = (text: string) => extract({ format: "text", text }).article.id;

const scenarios: Scenario[] = [
  {
    name: "a save naming a known film and a new one",
    setup: (store) => ingest(store, KNOWN),
    run: (store) => ingest(store, BOTH),
    articleId: idOf(BOTH),
  },
  {
    name: "a save of three articles at once: a known film, a film two of them create, and another",
    setup: (store) => ingest(store, KNOWN),
    run: (store) =>
      ingestTogether(store, [
        BOTH,
        "The drama Paper Moon stars Tomas Berg and opens in Portugal in June 2026.",
        "The comedy Salt Road, directed by Ana Ruiz, is filming in Porto.",
      ]),
    articleId: idOf(BOTH),
  },
  {
    name: "a reprocess whose extractor no longer finds the cast (facts retracted)",
    setup: async (store) => {
      await ingest(store, KNOWN);
      await ingest(store, BOTH);
    },
    run: (store) =>
      store.reprocess(idOf(BOTH), (input) => {
        const result = extract(input);
        return { ...result, facts: result.facts.filter((f) => f.predicate !== "cast") };
      }),
    articleId: idOf(BOTH),
  },
  {
    name: "a save that merges two films",
    setup: async (store) => {
      await ingest(store, "The thriller Paper Moon 2 is directed by Ana Ruiz.");
      await ingest(store, "The thriller Paper Moon: Rising stars Tomas Berg.");
    },
    run: (store) => ingest(store, "The thriller Paper Moon 2, now titled Paper Moon: Rising, opens in May."),
    articleId: idOf("The thriller Paper Moon 2, now titled Paper Moon: Rising, opens in May."),
  },
];

describe.each(scenarios)("a crash before any write of $name", (scenario) => {
  it("leaves a state the next attempt repairs to exactly the uncrashed result", async () => {
    const clean = await crashingStore(null);
    await scenario.setup(clean.store);
    clean.state.armed = true;
    await scenario.run(clean.store);
    const expected = await snapshot(clean.client, clean.tableName);
    const writes = clean.state.writes;
    expect(writes).toBeGreaterThan(3);

    for (let n = 1; n <= writes; n++) {
      const run = await crashingStore(n);
      await scenario.setup(run.store);
      const before = await snapshot(run.client, run.tableName);
      run.state.armed = true;
      await expect(scenario.run(run.store), `crash before write ${n}`).rejects.toThrow(Crash);

      // At the crash: an article that reads final is complete.
      const status = (await run.store.getArticle(scenario.articleId))?.status.state;
      if (status && status !== "pending")
        expect([before, expected], `final at crash ${n}`).toContainEqual(
          await snapshot(run.client, run.tableName),
        );

      run.state.armed = false;
      await scenario.run(run.store);
      expect(await snapshot(run.client, run.tableName), `after crash before write ${n}`).toEqual(expected);
    }
  });
});
