#!/usr/bin/env node
// npm run bench: runs every package's benchmark one after another (never in parallel: they
// would skew each other) and writes BENCHMARKS.md. Each section compares figures measured in
// the same run, because these machines are shared and absolute numbers drift.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, totalmem, type } from "node:os";

const sections = [
  [
    "Extraction",
    "@filmkb/extract",
    "Extraction throughput on news-dev (where the 1 MiB/s goal is set) and on the whole corpus next to compromise's people(), and cost per KiB as articles and sentences grow.",
  ],
  [
    "Knowledge store",
    "@filmkb/store",
    "DynamoDB requests per read and per saved article, read latency next to a raw GetItem, and how requests grow.",
  ],
  [
    "Ingest function bundle",
    "@filmkb/ingest-function",
    "The Lambda handler as deployed (scripts/bundle.mjs), next to a bundle of only the SDK clients it uses, built and run with the same settings.",
  ],
  [
    "Query function bundle",
    "@filmkb/query-function",
    "The Lambda handler as deployed (scripts/bundle.mjs), next to a bundle of only the SDK clients it uses, built and run with the same settings.",
  ],
  ["Local stack", "filmkb", "The API under load and ingest end to end, on dynalite and s3rver."],
];

const env = {
  ...process.env,
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  POWERTOOLS_LOG_LEVEL: "ERROR",
};
const cpu = cpus();
let out = `# Benchmarks

Written by \`npm run bench\`. Machine: ${type()}, ${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB;
Node ${process.version}; ${new Date().toISOString().slice(0, 10)}. Compare figures within a section:
they were measured in the same run, side by side.
`;
for (const [title, workspace, about] of sections) {
  process.stderr.write(`bench: ${title}…\n`);
  let body;
  try {
    body = execFileSync("npm", ["run", "bench", "--silent", "-w", workspace], {
      env,
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
  } catch (error) {
    body = `(failed: ${String(error.message).split("\n")[0]})\n${error.stdout ?? ""}`;
  }
  out += `\n## ${title}\n\n${about}\n\n${body.trim()}\n`;
}
writeFileSync("BENCHMARKS.md", out);
// Formatted as the linter expects, so a fresh run never turns the build red.
execFileSync("npx", ["biome", "format", "--write", "BENCHMARKS.md"], { stdio: "ignore" });
process.stderr.write("bench: wrote BENCHMARKS.md\n");
