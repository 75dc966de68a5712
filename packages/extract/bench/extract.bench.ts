/**
 * Extraction throughput over the shared corpus (news-dev, where the goal of 1 MiB/s is set, and
 * the whole corpus next to compromise's people() on the same texts in the same process), and
 * how cost per KiB grows with an article's length and a sentence's. Shared machines are noisy:
 * compare figures within one run. Run with `npm run bench -w @filmkb/extract`.
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

function readFolder(dir: string): string[] {
  return readdirSync(join(corpus, dir))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(corpus, dir, f), "utf8"));
}

function loadTexts(): { news: string[]; all: string[] } {
  if (!existsSync(corpus)) {
    console.error(`no corpus at ${corpus}: the benchmark needs ../shared/corpus`);
    process.exit(0);
  }
  const news = readFolder("news-dev");
  const wikipedia = readFileSync(join(corpus, "wikipedia-dev.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line).extract as string);
  return { news, all: [...readFolder("seed"), ...news, ...wikipedia] };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const kibOf = (texts: string[]) => texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024;

/**
 * Throughput over texts: the median of `rounds` timed passes (one slow pass on a shared machine
 * moves no median), after three passes of warm-up (JIT, lazy tables), by the clock and by the
 * process's CPU time (which a busy machine inflates less), and the fastest pass (the code with
 * a core to itself, as near as a shared machine gives); per-article p50 and p99.
 */
function measure(texts: string[], run: (text: string) => unknown, rounds: number) {
  for (let w = 0; w < 3; w++) for (const t of texts) run(t);
  const perArticle: number[] = [];
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    const cpu0 = process.cpuUsage();
    for (const t of texts) {
      const t0 = performance.now();
      run(t);
      perArticle.push(performance.now() - t0);
    }
    const used = process.cpuUsage(cpu0);
    cpu.push((used.user + used.system) / 1e6);
    wall.push((performance.now() - started) / 1000);
  }
  perArticle.sort((a, b) => a - b);
  const pct = (p: number) =>
    perArticle[Math.min(perArticle.length - 1, Math.floor(p * perArticle.length))] ?? 0;
  const kib = kibOf(texts);
  return {
    kibPerSecond: kib / median(wall),
    kibPerCpuSecond: kib / median(cpu),
    fastestKibPerSecond: kib / Math.min(...wall),
    p50: pct(0.5),
    p99: pct(0.99),
  };
}

const { news, all } = loadTexts();
const ours = (text: string) => extract({ format: "text", text });
const oursNews = measure(news, ours, 15);
const oursAll = measure(all, ours, 10);
const theirs = measure(all, (text) => nlp(text).people().out("array"), 2);

const row = (name: string, texts: string[], m: ReturnType<typeof measure>) =>
  `| ${name} | ${texts.length} | ${kibOf(texts).toFixed(0)} | ${m.kibPerSecond.toFixed(0)} | ${m.kibPerCpuSecond.toFixed(0)} | ${m.fastestKibPerSecond.toFixed(0)} | ${m.p50.toFixed(2)} | ${m.p99.toFixed(2)} |`;
console.log(`Extraction, warm, one core, Node ${process.version}; medians of timed passes\n`);
console.log(
  "| extractor | texts | KiB | KiB/s | KiB per CPU second | KiB/s, fastest pass | ms/article p50 | ms/article p99 |",
);
console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
console.log(row("@filmkb/extract extract(), news-dev", news, oursNews));
console.log(row("@filmkb/extract extract(), whole corpus", all, oursAll));
console.log(row("compromise people(), whole corpus", all, theirs));
console.log(
  `\nfilmkb on news-dev: ${(oursNews.kibPerSecond / 1024).toFixed(2)} MiB/s, ${(oursNews.kibPerCpuSecond / 1024).toFixed(2)} MiB per CPU second, ${(oursNews.fastestKibPerSecond / 1024).toFixed(2)} MiB/s in the fastest pass (goal >= 1 MiB/s); on the whole corpus ${(oursAll.kibPerCpuSecond / theirs.kibPerCpuSecond).toFixed(1)}x compromise`,
);

// How cost grows with length, on real news sentences (a seeded shuffle of the corpus's, so
// every run extracts the same texts): articles of four-sentence paragraphs, and the same
// sentences run together into one sentence (full stops dropped, joined by ", and "). Flat rows
// mean linear; test/shapes.ts and scaling.bench.ts take crafted shapes up to 1 MiB.
const sentences = news.flatMap((t) => t.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 40);
let seed = 42;
const pick = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return sentences[Math.floor((seed / 2 ** 31) * sentences.length)] ?? "";
};
function grow(bytes: number, piece: () => string, joiner: string): string {
  const parts: string[] = [];
  for (let length = 0; length < bytes; length += (parts.at(-1)?.length ?? 0) + joiner.length)
    parts.push(piece());
  return parts.join(joiner);
}
const article = (bytes: number) => grow(bytes, () => [pick(), pick(), pick(), pick()].join(" "), "\n\n");
const runOn = (bytes: number) => `${grow(bytes, () => pick().replace(/[.!?]/g, "").trim(), ", and ")}.`;
/** CPU milliseconds per KiB, the median of `runs` extractions. */
const msPerKib = (text: string, runs: number) => {
  const times = Array.from({ length: runs }, () => {
    const cpu0 = process.cpuUsage();
    ours(text);
    const used = process.cpuUsage(cpu0);
    return (used.user + used.system) / 1000;
  });
  return median(times) / (Buffer.byteLength(text) / 1024);
};
const SIZES_KIB = [1, 4, 16, 64, 256];
const rows = SIZES_KIB.map((kib) => {
  const runs = Math.max(3, Math.min(9, Math.round(64 / kib)));
  return { kib, article: msPerKib(article(kib * 1024), runs), sentence: msPerKib(runOn(kib * 1024), runs) };
});
console.log("\n| KiB | article, CPU ms/KiB | one sentence, CPU ms/KiB |\n|---:|---:|---:|");
for (const r of rows) console.log(`| ${r.kib} | ${r.article.toFixed(3)} | ${r.sentence.toFixed(3)} |`);
const at = (kib: number) => rows.find((r) => r.kib === kib);
const ratio = (k: "article" | "sentence") => ((at(256)?.[k] ?? 0) / (at(4)?.[k] ?? 1)).toFixed(2);
console.log(
  `\n256 KiB ÷ 4 KiB, cost per KiB: articles ${ratio("article")}, one sentence ${ratio("sentence")} (linear: about 1)`,
);
