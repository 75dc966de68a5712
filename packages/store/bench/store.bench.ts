/**
 * DynamoDB requests per saved article and per read, and read latency next to a raw GetItem on
 * the same local engine in the same run (ratios: shared machines are noisy). dynalite stands in
 * for DynamoDB, so latencies show the store's own overhead, not AWS's.
 */
import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { extract } from "@filmkb/extract";
import { ensureTable, startLocalDynamo } from "@filmkb/local";
import { countRequests, createTableInput, FilmStore } from "../src/index.ts";

const dynamo = await startLocalDynamo();
const tableName = "filmkb-bench";
await ensureTable(dynamo.client, createTableInput(tableName));
const requests = countRequests(dynamo.client);
const store = new FilmStore({ client: dynamo.client, tableName, cursorSecret: "bench-secret-16-chars" });

const articles = Array.from({ length: 40 }, (_, i) => {
  const n = i % 10;
  return `The thriller Harbour Lights ${n + 2}, directed by Ana Ruiz, stars Tomas Berg as Captain Holm, Lena Vik and Ole Dahl${i}. It will be released in the United Kingdom on March ${n + 1}, 2027, by Northlight Pictures, followed by a streaming release on Netflix in June 2027. The film was shot on location in Bergen.`;
});

/** Items per BatchWriteItem call: how full the batches are. */
const batchItems: number[] = [];
dynamo.client.middlewareStack.add(
  (next, context) => async (args) => {
    if (context.commandName === "BatchWriteItemCommand") {
      const input = args.input as { RequestItems?: Record<string, unknown[]> };
      batchItems.push(Object.values(input.RequestItems ?? {}).reduce((n, list) => n + list.length, 0));
    }
    return next(args);
  },
  { step: "initialize", name: "benchBatchItems" },
);

const saveInput = (text: string) => ({
  result: extract({ format: "text", text }),
  raw: { format: "text" as const, text },
  sources: [{ kind: "cli" as const, path: "bench" }],
});

/** Saves the articles on a fresh table, `together` at a time (1: one by one; 5: as an SQS batch). */
async function saveAll(texts: string[], together: number, table: string) {
  await ensureTable(dynamo.client, createTableInput(table));
  const target = new FilmStore({
    client: dynamo.client,
    tableName: table,
    cursorSecret: "bench-secret-16-chars",
  });
  requests.reset();
  batchItems.length = 0;
  const t0 = performance.now();
  for (let i = 0; i < texts.length; i += together) {
    const inputs = texts.slice(i, i + together).map(saveInput);
    if (together === 1 && inputs[0]) await target.saveExtraction(inputs[0]);
    else await target.saveExtractions(inputs);
  }
  const ms = performance.now() - t0;
  const full = batchItems.filter((n) => n === 25).length;
  return {
    perArticle: requests.total() / texts.length,
    byCommand: requests.byCommand(),
    batches: `${full} of ${batchItems.length} full, ${(batchItems.reduce((a, b) => a + b, 0) / Math.max(1, batchItems.length)).toFixed(1)} items each`,
    msPerArticle: ms / texts.length,
  };
}

for (const text of articles) await store.saveExtraction(saveInput(text));

async function latency(run: () => Promise<unknown>, n = 300) {
  for (let i = 0; i < 20; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(n * 0.5)] ?? 0, p99: samples[Math.floor(n * 0.99)] ?? 0 };
}

const raw = await latency(() =>
  dynamo.client.send(
    new GetItemCommand({
      TableName: tableName,
      Key: { pk: { S: "FILM#harbour-lights-2" }, sk: { S: "VIEW" } },
    }),
  ),
);
const reads = {
  getFilm: () => store.getFilm("harbour-lights-2"),
  searchFilms: () => store.searchFilms("harbour", { limit: 20 }),
  filmFacts: () => store.filmFacts("harbour-lights-2", { limit: 20 }),
  getPerson: () => store.getPerson("ana-ruiz"),
  releaseCalendar: () => store.releaseCalendar({ from: "2027", to: "2027", limit: 20 }),
};
console.log(`Store on dynalite, Node ${process.version}\n`);
console.log("| read | requests | p50 ms | p99 ms | p50 vs raw GetItem |");
console.log("|---|---:|---:|---:|---:|");
console.log(`| raw GetItem | 1 | ${raw.p50.toFixed(2)} | ${raw.p99.toFixed(2)} | 1.0x |`);
for (const [name, run] of Object.entries(reads)) {
  requests.reset();
  await run();
  const count = requests.total();
  const l = await latency(run);
  console.log(
    `| ${name} | ${count} | ${l.p50.toFixed(2)} | ${l.p99.toFixed(2)} | ${(l.p50 / raw.p50).toFixed(1)}x |`,
  );
}
console.log(
  "\n| 40 articles, 10 films, saved | requests/article | by command | BatchWriteItem calls |\n|---|---:|---|---|",
);
for (const together of [1, 5]) {
  const r = await saveAll(articles, together, `filmkb-saves-${together}`);
  console.log(
    `| ${together === 1 ? "one by one" : `${together} at a time (one SQS batch)`} | ${r.perArticle.toFixed(2)} | ${JSON.stringify(r.byCommand).replace(/"/g, "")} | ${r.batches} |`,
  );
}

// How the request count grows with the number of saved articles (a fresh table per size; 40
// distinct films, so later articles mostly extend films already known).
console.log(
  "\n| articles saved | requests/article, one by one | requests/article, 5 at a time | ms/article, 5 at a time |\n|---:|---:|---:|---:|",
);
for (const n of [1, 10, 100, 1000]) {
  const texts = Array.from(
    { length: n },
    (_, i) =>
      `The drama Night Train ${(i % 40) + 1}, directed by Ana Ruiz, stars Tomas Berg and Guest Star${String.fromCharCode(65 + (i % 26))} Number${i}. It opens in the UK on May ${(i % 28) + 1}, 2027.`,
  );
  const single = await saveAll(texts, 1, `filmkb-scale-1-${n}`);
  const grouped = await saveAll(texts, 5, `filmkb-scale-5-${n}`);
  console.log(
    `| ${n} | ${single.perArticle.toFixed(2)} | ${grouped.perArticle.toFixed(2)} | ${grouped.msPerArticle.toFixed(2)} |`,
  );
}
await dynamo.close();
