import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "@filmkb/extract";
import { ensureTable, type LocalDynamo, startLocalDynamo } from "@filmkb/local";
import type { ArticleFormat } from "@filmkb/schema";
import { countRequests, createTableInput, FilmStore } from "@filmkb/store";
import { afterAll, beforeAll } from "vitest";
import { createQueryApp } from "../src/index.ts";

export const examples = join(import.meta.dirname, "..", "..", "..", "examples");
export const example = (name: string) => readFileSync(join(examples, name), "utf8");

/** The query app over a fresh table on dynalite, filled through the store from the examples. */
export async function seededApi(dynamo: LocalDynamo) {
  const tableName = `filmkb-${randomUUID()}`;
  await ensureTable(dynamo.client, createTableInput(tableName));
  const store = new FilmStore({ client: dynamo.client, tableName, cursorSecret: "query-tests-secret-16" });
  const articles: { id: string }[] = [];
  for (const [name, format] of [
    ["the-long-night-2.txt", "text"],
    ["quiet-harbour.html", "html"],
    ["box-office-weekend.md", "markdown"],
  ] as [string, ArticleFormat][]) {
    const text = example(name);
    const result = extract({ format, text });
    const { article } = await store.saveExtraction({
      result,
      raw: { format, text },
      sources: [{ kind: "cli", path: name }],
    });
    articles.push(article);
  }
  const errors: unknown[] = [];
  const app = createQueryApp({ store, cacheMaxAge: 60, log: (_m, e) => errors.push(e) });
  const requests = countRequests(dynamo.client);
  return { app, store, articles, errors, requests };
}

export type SeededApi = Awaited<ReturnType<typeof seededApi>>;

/**
 * Registers hooks that start dynalite and seed the app once per file; call the returned getter
 * inside tests, after `beforeAll` has run.
 */
export function useSeededApi(): () => SeededApi {
  let dynamo: LocalDynamo | undefined;
  let api: SeededApi | undefined;
  beforeAll(async () => {
    dynamo = await startLocalDynamo();
    api = await seededApi(dynamo);
  });
  afterAll(async () => {
    await dynamo?.close();
  });
  return () => {
    if (!api) throw new Error("useSeededApi: the app is read before beforeAll ran");
    return api;
  };
}
