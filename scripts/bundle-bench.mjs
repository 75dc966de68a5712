#!/usr/bin/env node
// A Lambda bundle's size and its import time in a fresh Node process, next to a bundle of only
// the AWS SDK clients it uses, built and timed in the same run (ratios: machines are noisy).
//   node scripts/bundle-bench.mjs BUNDLE SDK_PACKAGE...
import { execFileSync } from "node:child_process";
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { bundle } from "./bundle.mjs";

const [target, ...sdk] = process.argv.slice(2);
if (!target || sdk.length === 0) {
  console.error("usage: bundle-bench.mjs BUNDLE SDK_PACKAGE...");
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), "filmkb-bundle-"));
const baselineEntry = join(process.cwd(), `.sdk-baseline-${process.pid}.mjs`);
writeFileSync(baselineEntry, sdk.map((p, i) => `export * as m${i} from "${p}";`).join("\n"));
const baseline = join(work, "sdk-only.mjs");
try {
  await bundle(baselineEntry, baseline);
} finally {
  execFileSync("rm", ["-f", baselineEntry]);
}

// A Lambda-like environment: configuration present, no network calls made at import.
const env = {
  ...process.env,
  TABLE_NAME: "bench",
  ARTICLES_BUCKET: "bench-bucket",
  CURSOR_SECRET: "bench-cursor-secret-16",
  AWS_REGION: "eu-west-1",
  AWS_ACCESS_KEY_ID: "bench",
  AWS_SECRET_ACCESS_KEY: "bench",
  POWERTOOLS_LOG_LEVEL: "SILENT",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
};
function importMs(file, runs = 15) {
  const url = pathToFileURL(resolve(file)).href;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const t=performance.now();await import(${JSON.stringify(url)});console.log(performance.now()-t)`,
      ],
      { env },
    );
    times.push(Number(String(out).trim().split("\n").pop()));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

// Interleave the two so drift on a shared machine hits both alike.
const ours = [];
const theirs = [];
for (let round = 0; round < 3; round++) {
  ours.push(importMs(target, 5));
  theirs.push(importMs(baseline, 5));
}
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (f) => statSync(f).size / 1024;
const row = (name, file, ms) => `| ${name} | ${kb(file).toFixed(0)} KB | ${ms.toFixed(1)} ms |`;
console.log(`| bundle | size | import (fresh process, median) |\n|---|---:|---:|`);
console.log(row(target, target, median(ours)));
console.log(row(`only ${sdk.join(" + ")}`, baseline, median(theirs)));
console.log(
  `\nsize ratio ${(kb(target) / kb(baseline)).toFixed(2)}x, import-time ratio ${(median(ours) / median(theirs)).toFixed(2)}x`,
);
