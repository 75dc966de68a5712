#!/usr/bin/env node
// A Lambda handler built as deployed (scripts/bundle.mjs: the CDK app's build and NODE_OPTIONS),
// next to a bundle of only the AWS SDK clients it uses, built and run with the same settings in
// the same run: the bytes a cold start reads, and the import time and memory in fresh processes.
//   node scripts/bundle-bench.mjs ENTRY SDK_PACKAGE...
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { bundle, LAMBDA_NODE_OPTIONS } from "./bundle.mjs";

const [entry, ...sdk] = process.argv.slice(2);
if (!entry || sdk.length === 0) {
  console.error("usage: bundle-bench.mjs ENTRY SDK_PACKAGE...");
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), "filmkb-bundle-"));

// The clients as the functions hold them, built at start like theirs: SDK work that any
// function using these clients does, whatever sits around them.
const imported = sdk.map((p, i) => `export * as m${i} from "${p}";`);
const constructed = [
  ...imported,
  'import { DynamoDBClient } from "@aws-sdk/client-dynamodb";',
  "const dynamo = new DynamoDBClient({});",
  ...(sdk.includes("@aws-sdk/lib-dynamodb")
    ? [
        'import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";',
        "export const doc = DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } });",
      ]
    : []),
  ...(sdk.includes("@aws-sdk/client-s3")
    ? ['import { S3Client } from "@aws-sdk/client-s3";', "export const s3 = new S3Client({});"]
    : []),
  "export { dynamo };",
];
/** Builds a baseline from its source lines, written beside the function so its packages resolve. */
async function baseline(name, lines) {
  const source = join(process.cwd(), `.sdk-baseline-${process.pid}-${name}.mjs`);
  writeFileSync(source, lines.join("\n"));
  try {
    return await measureBuild(source, join(work, name));
  } finally {
    rmSync(source, { force: true });
  }
}
const builds = {
  ours: await measureBuild(entry, join(work, "function")),
  sdk: await baseline("imported", imported),
  clients: await baseline("constructed", constructed),
};

/** The build's files: what the entry loads at start (it and its static imports), all code, maps. */
async function measureBuild(source, outdir) {
  const meta = await bundle(source, outdir);
  const outputs = meta.outputs;
  const index = Object.keys(outputs).find((file) => file.endsWith("/index.mjs"));
  const atStart = new Set();
  const visit = (file) => {
    if (atStart.has(file)) return;
    atStart.add(file);
    for (const i of outputs[file]?.imports ?? [])
      if (i.kind === "import-statement" && outputs[i.path]) visit(i.path);
  };
  visit(index);
  const files = Object.keys(outputs);
  const size = (list) => list.reduce((sum, file) => sum + statSync(file).size, 0) / 1024;
  return {
    index: resolve(index),
    startKiB: size([...atStart]),
    codeKiB: size(files.filter((f) => f.endsWith(".mjs"))),
    mapKiB: size(files.filter((f) => f.endsWith(".map"))),
    files: files.filter((f) => f.endsWith(".mjs")).length,
  };
}

// A Lambda-like environment: configuration present, no network calls made at import.
const env = {
  ...process.env,
  NODE_OPTIONS: LAMBDA_NODE_OPTIONS,
  TABLE_NAME: "bench",
  ARTICLES_BUCKET: "bench-bucket",
  CURSOR_SECRET: "bench-cursor-secret-16",
  AWS_REGION: "eu-west-1",
  AWS_ACCESS_KEY_ID: "bench",
  AWS_SECRET_ACCESS_KEY: "bench",
  POWERTOOLS_LOG_LEVEL: "SILENT",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
};
/** Import time (ms) and resident memory after it (MiB) in a fresh process. */
function importOnce(file) {
  const url = pathToFileURL(file).href;
  const out = execFileSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `const t=performance.now(),c=process.cpuUsage();await import(${JSON.stringify(url)});const u=process.cpuUsage(c);console.log(performance.now()-t,(u.user+u.system)/1000,process.memoryUsage().rss/2**20)`,
    ],
    { env },
  );
  const [wall, cpu, rss] = String(out).trim().split("\n").pop().split(" ").map(Number);
  // CPU time is the work done: on a shared machine, wall time is mostly waiting for a core.
  return { ms: cpu, wall, rss };
}

// In rounds of one import each, back to back in rotating order, so drift on a shared machine
// hits all alike; each ratio is the median of the rounds' ratios.
const ROUNDS = 25;
const kinds = Object.keys(builds);
const samples = Object.fromEntries(kinds.map((k) => [k, []]));
const ratios = { sdk: [], clients: [] };
for (let round = 0; round < ROUNDS; round++) {
  const order = kinds.map((_, i) => kinds[(i + round) % kinds.length]);
  const run = Object.fromEntries(order.map((k) => [k, importOnce(builds[k].index)]));
  for (const k of order) samples[k].push(run[k]);
  for (const k of Object.keys(ratios)) ratios[k].push(run.ours.ms / run[k].ms);
}
rmSync(work, { recursive: true, force: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (k) => median(samples[k].map((s) => s.ms));
const wall = (k) => median(samples[k].map((s) => s.wall));
const rss = (k) => median(samples[k].map((s) => s.rss));

console.log(
  `Built with scripts/bundle.mjs (the deployed build); run with NODE_OPTIONS=${LAMBDA_NODE_OPTIONS}.\n`,
);
console.log(
  `| bundle | files | read at start | all code | source maps | import CPU time (fresh process, median of ${ROUNDS}) | import wall time | RSS after import |`,
);
console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
const row = (name, k) => {
  const b = builds[k];
  console.log(
    `| ${name} | ${b.files} | ${b.startKiB.toFixed(0)} KiB | ${b.codeKiB.toFixed(0)} KiB | ${b.mapKiB.toFixed(0)} KiB | ${ms(k).toFixed(1)} ms | ${wall(k).toFixed(1)} ms | ${rss(k).toFixed(0)} MiB |`,
  );
};
row(entry, "ours");
row(`only ${sdk.join(" + ")}, imported`, "sdk");
row("the same, with the function's clients constructed", "clients");
console.log(
  `\nimport CPU-time ratio ${median(ratios.clients).toFixed(2)}x next to the SDK with its clients constructed (goal <= 1.3x), ${median(ratios.sdk).toFixed(2)}x next to the SDK imported only; medians of ${ROUNDS} back-to-back rounds. Bytes read at start ${(builds.ours.startKiB / builds.sdk.startKiB).toFixed(2)}x.`,
);
