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

const perSave: { requests: number; items: number }[] = [];
for (const text of articles) {
  const result = extract({ format: "text", text });
  requests.reset();
  await store.saveExtraction({
    result,
    raw: { format: "text", text },
    sources: [{ kind: "cli", path: "bench" }],
  });
  // items written: raw + facts + mention (+ projections, which the budget below leaves out)
  perSave.push({ requests: requests.total(), items: result.facts.length + 2 });
}

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
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const budget = perSave.map((s) => Math.ceil(s.items / 25) + 2);
console.log(
  `\nsaves: ${perSave.length}; requests per saved article: mean ${avg(perSave.map((s) => s.requests)).toFixed(1)}, max ${Math.max(...perSave.map((s) => s.requests))}; goal ceil(items/25)+2 = mean ${avg(budget).toFixed(1)}`,
);

// How the request count grows with the number of saved articles (a fresh table per size; 40
// distinct films, so later articles mostly extend films already known).
console.log(
  "\n| articles saved | DynamoDB requests | requests/article | ms/article |\n|---:|---:|---:|---:|",
);
for (const n of [1, 10, 100, 1000]) {
  const table = `filmkb-scale-${n}`;
  await ensureTable(dynamo.client, createTableInput(table));
  const scaled = new FilmStore({
    client: dynamo.client,
    tableName: table,
    cursorSecret: "bench-secret-16-chars",
  });
  requests.reset();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const text = `The drama Night Train ${(i % 40) + 1}, directed by Ana Ruiz, stars Tomas Berg and Guest Star${String.fromCharCode(65 + (i % 26))} Number${i}. It opens in the UK on May ${(i % 28) + 1}, 2027.`;
    const result = extract({ format: "text", text });
    await scaled.saveExtraction({
      result,
      raw: { format: "text", text },
      sources: [{ kind: "cli", path: "bench" }],
    });
  }
  const ms = performance.now() - t0;
  console.log(
    `| ${n} | ${requests.total()} | ${(requests.total() / n).toFixed(2)} | ${(ms / n).toFixed(2)} |`,
  );
}
await dynamo.close();
