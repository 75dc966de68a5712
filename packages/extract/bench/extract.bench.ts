/**
 * Extraction throughput over the shared corpus, next to compromise's people() on the same
 * texts in the same process, reported as ratios (shared machines are noisy; absolute figures
 * are not comparable between runs). Run with `npm run bench -w @filmkb/extract`.
 *
 * The extractor is measured as it ships: bundled by esbuild, as the ingest Lambda runs it.
 * (Under tsx, which the CLI uses, every function is wrapped to keep its name: about 10% slower.)
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import nlp from "compromise";
import { bundle } from "../../../scripts/bundle.mjs";
import type * as Extractor from "../src/index.ts";

async function bundledExtractor(): Promise<typeof Extractor> {
  // The Lambda build itself (scripts/bundle.mjs), so the figures are the deployed code's.
  const outdir = mkdtempSync(join(tmpdir(), "filmkb-bench-"));
  await bundle(join(import.meta.dirname, "..", "src", "index.ts"), outdir);
  return import(pathToFileURL(join(outdir, "index.mjs")).href);
}
const { extract } = await bundledExtractor();

const corpus = join(import.meta.dirname, "..", "..", "..", "..", "shared", "corpus");

function loadTexts(): string[] {
  if (!existsSync(corpus)) {
    console.error(`no corpus at ${corpus}: the benchmark needs ../shared/corpus`);
    process.exit(0);
  }
  const texts: string[] = [];
  for (const dir of ["seed", "news-dev"]) {
    for (const f of readdirSync(join(corpus, dir)))
      if (f.endsWith(".txt")) texts.push(readFileSync(join(corpus, dir, f), "utf8"));
  }
  for (const line of readFileSync(join(corpus, "wikipedia-dev.jsonl"), "utf8").split("\n")) {
    if (line.trim()) texts.push(JSON.parse(line).extract);
  }
  return texts;
}

function measure(texts: string[], run: (text: string) => unknown, rounds: number) {
  for (let w = 0; w < 3; w++) for (const t of texts) run(t); // warm-up: three full passes (JIT, lazy tables)
  const perArticle: number[] = [];
  const started = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const t0 = process.hrtime.bigint();
      run(t);
      perArticle.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  perArticle.sort((a, b) => a - b);
  const pct = (p: number) =>
    perArticle[Math.min(perArticle.length - 1, Math.floor(p * perArticle.length))] ?? 0;
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) * rounds;
  return { kibPerSecond: bytes / 1024 / seconds, p50: pct(0.5), p99: pct(0.99) };
}

const texts = loadTexts();
const ours = measure(texts, (text) => extract({ format: "text", text }), 10);
const theirs = measure(texts, (text) => nlp(text).people().out("array"), 2);
const kib = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024;

const row = (name: string, m: ReturnType<typeof measure>) =>
  `| ${name} | ${m.kibPerSecond.toFixed(0)} | ${m.p50.toFixed(2)} | ${m.p99.toFixed(2)} |`;
console.log(
  `Extraction over ${texts.length} corpus articles (${kib.toFixed(0)} KiB), warm, one core, Node ${process.version}\n`,
);
console.log("| extractor | KiB/s | ms/article p50 | ms/article p99 |");
console.log("|---|---:|---:|---:|");
console.log(row("@filmkb/extract extract()", ours));
console.log(row("compromise people()", theirs));
console.log(
  `\nthroughput ratio (filmkb / compromise): ${(ours.kibPerSecond / theirs.kibPerSecond).toFixed(1)}x`,
);
console.log(`filmkb: ${(ours.kibPerSecond / 1024).toFixed(2)} MiB/s (goal >= 1 MiB/s, >= 20x compromise)`);

// How cost grows: articles synthesised by recombining corpus sentences (a seeded shuffle, so
// every run extracts the same texts). Anything worse than linear shows in ms/article.
const sentences = texts.flatMap((t) => t.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 40);
let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const synthesise = (n: number) =>
  Array.from({ length: n }, () =>
    Array.from({ length: 8 }, () => sentences[Math.floor(random() * sentences.length)]).join(" "),
  );
console.log("\n| articles | total ms | ms/article |\n|---:|---:|---:|");
for (const n of [1, 10, 100, 1000]) {
  const batch = synthesise(n);
  const t0 = performance.now();
  for (const text of batch) extract({ format: "text", text });
  const ms = performance.now() - t0;
  console.log(`| ${n} | ${ms.toFixed(1)} | ${(ms / n).toFixed(3)} |`);
}
