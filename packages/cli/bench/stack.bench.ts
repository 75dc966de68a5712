/**
 * The local stack under load, loopback only, bounded in time: GET /films/{id} and GET /films?q=
 * at concurrency 1 and 32 (autocannon), next to a raw dynalite GetItem from the same process;
 * then ingest throughput end to end through the local bucket, with DynamoDB requests per
 * article. Figures are comparable only within one run (shared, noisy machines).
 */
import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { countRequests } from "@filmkb/store";
import autocannon from "autocannon";
import { findExamples } from "../src/serve.ts";
import { startLocalStack } from "../src/stack/local-stack.ts";

const stack = await startLocalStack({
  port: 0,
  dataDir: null,
  examplesDir: findExamples(),
  log: () => undefined,
});
await stack.idle();

async function load(path: string, connections: number) {
  const result = await autocannon({ url: `${stack.url}${path}`, connections, duration: 4, pipelining: 1 });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function rawGetItem(n = 500) {
  const key = { pk: { S: "FILM#the-long-night-2" }, sk: { S: "VIEW" } };
  for (let i = 0; i < 20; i++)
    await stack.dynamoClient.send(new GetItemCommand({ TableName: stack.tableName, Key: key }));
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await stack.dynamoClient.send(new GetItemCommand({ TableName: stack.tableName, Key: key }));
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(n / 2)] ?? 0, p99: samples[Math.floor(n * 0.99)] ?? 0 };
}

const raw = await rawGetItem();
console.log(`### API on the local stack (dynalite), loopback, 4 s per row\n`);
console.log("| request | connections | req/s | p50 ms | p99 ms | non-2xx | p50 vs raw GetItem |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const path of ["/films/the-long-night-2", "/films?q=long"]) {
  for (const connections of [1, 32]) {
    const r = await load(path, connections);
    console.log(
      `| GET ${path} | ${connections} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${(r.p50 / raw.p50).toFixed(1)}x |`,
    );
  }
}
console.log(
  `| raw GetItem (SDK → dynalite) | 1 | | ${raw.p50.toFixed(2)} | ${raw.p99.toFixed(2)} | | 1.0x |`,
);

// Ingest: distinct articles built from the examples (a numbered sentence makes each unique).
const requests = countRequests(stack.dynamoClient);
const base = [
  "The thriller Harbour Lights 2, directed by Ana Ruiz, stars Tomas Berg as Captain Holm and Lena Vik.",
  "It will be released in the United Kingdom on March 6, 2027, by Northlight Pictures.",
];
const n = 60;
requests.reset();
const t0 = performance.now();
for (let i = 0; i < n; i++) {
  await stack.s3Client.send(
    new PutObjectCommand({
      Bucket: stack.bucket,
      Key: `bench/${i}.txt`,
      Body: `${base.join(" ")} Report ${i} of ${n} from the festival.`,
      ContentType: "text/plain",
    }),
  );
}
await stack.idle();
const seconds = (performance.now() - t0) / 1000;
const perArticle = requests.total() / n;
console.log(`\n### Ingest through the local bucket\n`);
console.log(
  `${n} uploads ingested in ${seconds.toFixed(1)} s: ${(n / seconds).toFixed(1)} articles/s end to end; ${perArticle.toFixed(1)} DynamoDB requests per article (${JSON.stringify(requests.byCommand())}).`,
);
await stack.close();
