/**
 * How extraction cost grows with an article's length, for each shape that once made it
 * super-linear (test/shapes.ts): cost per KiB from 1 KiB to 1 MiB, measured on the bundled
 * extractor as the ingest Lambda runs it. Linear means a flat row; the goal is at most 2× the
 * cost per KiB of 4 KiB at 1 MiB. "Longest step" is the most time that passed between two
 * readings of the budget's clock at 1 MiB: how far past its budget an extraction can run.
 *
 * BENCH_STOP_MS=n stops a shape's row once one run takes longer (for measuring old code).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { bundle } from "../../../scripts/bundle.mjs";
import type * as Extractor from "../src/index.ts";
import { SHAPES } from "../test/shapes.ts";

async function bundledExtractor(): Promise<typeof Extractor> {
  // The Lambda build itself (scripts/bundle.mjs), so the figures are the deployed code's.
  const outdir = mkdtempSync(join(tmpdir(), "filmkb-bench-"));
  await bundle(join(import.meta.dirname, "..", "src", "index.ts"), outdir);
  return import(pathToFileURL(join(outdir, "index.mjs")).href);
}
const { extract } = await bundledExtractor();

const SIZES_KIB = [1, 4, 16, 64, 256, 1024];
const stopMs = Number(process.env.BENCH_STOP_MS ?? Number.POSITIVE_INFINITY);
/** Runs per size: many small ones to see past timer noise, three of the largest. */
const runsFor = (kib: number) => Math.max(3, Math.min(20, Math.round(64 / kib)));

function time(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

// The fastest run: on a shared machine other work only ever adds time.
const fastest = (xs: number[]) => Math.min(...xs);

console.log(
  `Cost per KiB (ms/KiB, fastest of ${runsFor(1)} runs at 1 KiB down to ${runsFor(1024)} at 1 MiB), bundled, warm, Node ${process.version}\n`,
);
console.log(
  `| shape | ${SIZES_KIB.map((k) => (k < 1024 ? `${k} KiB` : `${k / 1024} MiB`)).join(" | ")} | 1 MiB ÷ 4 KiB | longest step at 1 MiB (ms) |`,
);
console.log(`|---|${SIZES_KIB.map(() => "---:").join("|")}|---:|---:|`);
for (const shape of SHAPES) {
  // Warm-up: compile and settle the JIT on this shape at a small size.
  for (let i = 0; i < 5; i++) extract({ format: shape.format, text: shape.make(4096, i) });
  const perKib = new Map<number, number>();
  let longestStep = Number.NaN;
  for (const kib of SIZES_KIB) {
    const text = shape.make(kib * 1024);
    const samples: number[] = [];
    for (let r = 0; r < runsFor(kib); r++) samples.push(time(() => extract({ format: shape.format, text })));
    const ms = fastest(samples);
    perKib.set(kib, ms / (Buffer.byteLength(text) / 1024));
    if (kib === 1024) {
      // The same runs again, reading the gaps between the budget's checks (the least of them).
      longestStep = Number.POSITIVE_INFINITY;
      for (let r = 0; r < runsFor(kib); r++) {
        let last = performance.now();
        let longest = 0;
        const clock = () => {
          const now = performance.now();
          longest = Math.max(longest, now - last);
          last = now;
          return now;
        };
        extract({ format: shape.format, text }, { budgetMs: 1e9, clock });
        longestStep = Math.min(longestStep, longest);
      }
    }
    if (ms > stopMs) break;
  }
  const cell = (kib: number) => (perKib.has(kib) ? (perKib.get(kib) ?? 0).toFixed(3) : "—");
  const ratio = perKib.has(1024) ? ((perKib.get(1024) ?? 0) / (perKib.get(4) ?? 1)).toFixed(2) : "—";
  console.log(
    `| ${shape.name} | ${SIZES_KIB.map(cell).join(" | ")} | ${ratio} | ${Number.isNaN(longestStep) ? "—" : longestStep.toFixed(0)} |`,
  );
}
console.log("\nGoal: the cost per KiB at 1 MiB is at most 2× the cost per KiB at 4 KiB, for every shape.");
