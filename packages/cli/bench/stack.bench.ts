/**
 * The local stack under load, loopback only, bounded in time, at 1 and 32 connections:
 * - GET /films/{id} and GET /films?q= through the API, the load from another process
 *   (bench/load.ts, autocannon), so it takes no CPU from the stack it measures;
 * - raw GetItem of the same film: 1 or 32 callers in the stack's process, each sending its next
 *   GetItem through the stack's SDK client when the last one answers. Like the API, the stack's
 *   process then runs the SDK client and dynalite; the API adds the HTTP server and our code;
 * - dynalite alone: one SDK-signed GetItem replayed by autocannon from another process.
 * Each row is compared with raw GetItem at the same number of connections. Server CPU per
 * request is the stack process's CPU time over the requests answered. Then ingest end to end
 * through the local bucket, with DynamoDB requests per article. Figures are comparable only
 * within one run (shared, noisy machines).
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { localDynamoClient } from "@filmkb/local";
import { countRequests } from "@filmkb/store";
import { findExamples } from "../src/serve.ts";
import { startLocalStack } from "../src/stack/local-stack.ts";
import type { LoadResult } from "./load.ts";

const SECONDS = 4;
const stack = await startLocalStack({
  port: 0,
  dataDir: null,
  examplesDir: findExamples(),
  log: () => undefined,
});
await stack.idle();

const loadScript = fileURLToPath(new URL("./load.ts", import.meta.url));
/** Runs bench/load.ts in its own process, and measures this (the server's) process's CPU meanwhile. */
async function run(args: string[]): Promise<LoadResult & { serverCpuMsPerRequest: number }> {
  const before = process.cpuUsage();
  const child = spawn(process.execPath, ["--import", "tsx", loadScript, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (chunk) => {
    out += chunk;
  });
  await new Promise<void>((resolve, reject) =>
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`load exited ${code}`)))),
  );
  const cpu = process.cpuUsage(before);
  const result = JSON.parse(out.trim().split("\n").pop() ?? "{}") as LoadResult;
  return { ...result, serverCpuMsPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(1, result.requests) };
}

const filmKey = { pk: "FILM#the-long-night-2", sk: "VIEW" };
const rows: { name: string; connections: number; r: Awaited<ReturnType<typeof run>> }[] = [];
/** `connections` callers of GetItem in this process, each waiting for its last answer. */
async function rawGetItem(connections: number): Promise<LoadResult & { serverCpuMsPerRequest: number }> {
  const client = localDynamoClient(stack.dynamoEndpoint);
  const Key = { pk: { S: filmKey.pk }, sk: { S: filmKey.sk } };
  const get = () => client.send(new GetItemCommand({ TableName: stack.tableName, Key }));
  for (let i = 0; i < 200; i++) await get();
  const latencies: number[] = [];
  let errors = 0;
  const before = process.cpuUsage();
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        if (!(await get().catch(() => null))?.Item) errors++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(before);
  client.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0;
  return {
    rps: latencies.length / elapsed,
    p50: at(0.5),
    p99: at(0.99),
    requests: latencies.length,
    errors,
    serverCpuMsPerRequest: (cpu.user + cpu.system) / 1000 / latencies.length,
  };
}

const RAW = "raw GetItem (SDK client → dynalite, in the stack's process)";
const dynamoArgs = [stack.dynamoEndpoint, stack.tableName, filmKey.pk, filmKey.sk];
for (const connections of [1, 32]) {
  const c = String(connections);
  rows.push({ name: RAW, connections, r: await rawGetItem(connections) });
  rows.push({
    name: "dynalite alone (one signed GetItem, replayed)",
    connections,
    r: await run(["replay", ...dynamoArgs, c, String(SECONDS)]),
  });
  for (const path of ["/films/the-long-night-2", "/films?q=long"]) {
    rows.push({
      name: `GET ${path}`,
      connections,
      r: await run(["http", `${stack.url}${path}`, c, String(SECONDS)]),
    });
  }
}
console.log(`### API on the local stack (dynalite), loopback, ${SECONDS} s per row\n`);
console.log(
  "| request | connections | req/s | p50 ms | p99 ms | errors | server CPU ms/request | req/s vs raw GetItem, same connections |",
);
console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
for (const { name, connections, r } of rows) {
  const raw = rows.find((x) => x.connections === connections && x.name === RAW)?.r.rps ?? 1;
  console.log(
    `| ${name} | ${connections} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.errors} | ${r.serverCpuMsPerRequest.toFixed(2)} | ${(r.rps / raw).toFixed(2)} |`,
  );
}
const at32 = rows.find((x) => x.connections === 32 && x.name.startsWith("GET /films/the"))?.r.rps ?? 0;
const raw32 = rows.find((x) => x.connections === 32 && x.name === RAW)?.r.rps ?? 1;
console.log(
  `\nGET /films/{id} at 32 connections: ${(at32 / raw32).toFixed(2)} of raw GetItem's throughput (goal >= 0.33).`,
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
