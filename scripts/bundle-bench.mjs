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
// Written beside the function so its packages resolve; removed at once.
const baselineEntry = join(process.cwd(), `.sdk-baseline-${process.pid}.mjs`);
writeFileSync(baselineEntry, sdk.map((p, i) => `export * as m${i} from "${p}";`).join("\n"));
let builds;
try {
  builds = {
    ours: await measureBuild(entry, join(work, "function")),
    sdk: await measureBuild(baselineEntry, join(work, "sdk-only")),
  };
} finally {
  rmSync(baselineEntry, { force: true });
}

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
      `const t=performance.now();await import(${JSON.stringify(url)});console.log(performance.now()-t, process.memoryUsage().rss/2**20)`,
    ],
    { env },
  );
  const [ms, rss] = String(out).trim().split("\n").pop().split(" ").map(Number);
  return { ms, rss };
}

// Interleaved, so drift on a shared machine hits both alike.
const samples = { ours: [], sdk: [] };
for (let round = 0; round < 15; round++) {
  samples.ours.push(importOnce(builds.ours.index));
  samples.sdk.push(importOnce(builds.sdk.index));
}
rmSync(work, { recursive: true, force: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (k) => median(samples[k].map((s) => s.ms));
const rss = (k) => median(samples[k].map((s) => s.rss));

console.log(
  `Built with scripts/bundle.mjs (the deployed build); run with NODE_OPTIONS=${LAMBDA_NODE_OPTIONS}.\n`,
);
console.log(
  "| bundle | files | read at start | all code | source maps | import (fresh process, median of 15) | RSS after import |",
);
console.log("|---|---:|---:|---:|---:|---:|---:|");
const row = (name, k) => {
  const b = builds[k];
  console.log(
    `| ${name} | ${b.files} | ${b.startKiB.toFixed(0)} KiB | ${b.codeKiB.toFixed(0)} KiB | ${b.mapKiB.toFixed(0)} KiB | ${ms(k).toFixed(1)} ms | ${rss(k).toFixed(0)} MiB |`,
  );
};
row(entry, "ours");
row(`only ${sdk.join(" + ")}`, "sdk");
console.log(
  `\nimport-time ratio ${(ms("ours") / ms("sdk")).toFixed(2)}x (goal <= 1.3x); bytes read at start ${(builds.ours.startKiB / builds.sdk.startKiB).toFixed(2)}x`,
);
