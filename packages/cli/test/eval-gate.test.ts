/**
 * The regression gate: runs the shared evaluation (`npm run eval`, ../shared/eval/run.mjs) once,
 * through this CLI's `filmkb extract --batch` as the eval's contract says, and fails when an F1
 * falls below its floor in test/eval-floors.ts. Quality figures only: nothing here is timed.
 * Skipped, with the reason, where ../shared/corpus is absent (CI has it).
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { EVAL_FLOORS } from "./eval-floors.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const corpusDir = join(root, "..", "shared", "corpus");
const evalScript = join(root, "..", "shared", "eval", "run.mjs");
const cli = join(root, "packages", "cli", "bin", "filmkb.js");

type Floors = Record<string, Record<string, number>>;

/** One corpus's line of `run.mjs --json`. */
interface EvalRow {
  corpus: string;
  error?: string;
  articles?: number;
  outputLines?: number;
  score?: { overall?: { f1: number }; fields?: Record<string, { f1: number }> };
}

const figure = (row: EvalRow, field: string) =>
  field === "overall" ? row.score?.overall?.f1 : row.score?.fields?.[field]?.f1;

/** Every floored figure that is below its floor or missing from the eval's report, as a sentence. */
function shortfalls(rows: EvalRow[], floors: Floors): string[] {
  const found: string[] = [];
  for (const [corpus, fields] of Object.entries(floors)) {
    const row = rows.find((r) => r.corpus === corpus);
    if (!row) {
      found.push(`${corpus}: not in the eval's report`);
      continue;
    }
    if (row.error) {
      found.push(`${corpus}: the extractor failed (${row.error})`);
      continue;
    }
    if (row.outputLines !== row.articles)
      found.push(`${corpus}: ${row.outputLines} output lines for ${row.articles} articles`);
    for (const [field, floor] of Object.entries(fields)) {
      const f1 = figure(row, field);
      if (typeof f1 !== "number") found.push(`${corpus} ${field}: no F1 in the eval's report`);
      else if (f1 < floor) found.push(`${corpus} ${field}: F1 ${f1.toFixed(3)} is below its floor ${floor}`);
    }
  }
  return found;
}

const shellQuoted = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

async function runEval(corpora: string[]): Promise<EvalRow[]> {
  const cmd = `${shellQuoted(process.execPath)} ${shellQuoted(cli)} extract --batch`;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [evalScript, "--json", "--cmd", cmd, ...corpora.map((c) => join(corpusDir, c))],
    { maxBuffer: 1 << 28 },
  );
  const last = stdout.trim().split("\n").at(-1) ?? "[]";
  return JSON.parse(last) as EvalRow[];
}

describe("the regression gate over ../shared/corpus", () => {
  it("keeps every F1 of the eval at or above its floor (test/eval-floors.ts)", async (ctx) => {
    const missing = [corpusDir, evalScript].filter((p) => !existsSync(p));
    if (missing.length) {
      const why = `skipped: no ${missing.join(" or ")} (the gate needs the shared corpus and eval)`;
      console.warn(`regression gate ${why}`);
      ctx.skip(why);
    }

    const rows = await runEval(Object.keys(EVAL_FLOORS));
    const floors: Floors = EVAL_FLOORS;
    for (const [corpus, fields] of Object.entries(floors)) {
      const row = rows.find((r) => r.corpus === corpus);
      const cells = Object.keys(fields).map((f) => `${f} ${figure(row ?? { corpus }, f)?.toFixed(3) ?? "—"}`);
      console.log(`eval ${corpus}: ${cells.join(", ")}`);
    }
    expect(shortfalls(rows, floors)).toEqual([]);
  });
});

describe("shortfalls", () => {
  const row = (f1: number): EvalRow => ({
    corpus: "c",
    articles: 2,
    outputLines: 2,
    score: { overall: { f1 }, fields: { cast: { f1 } } },
  });

  it("reports a figure below its floor, and passes one at or above it", () => {
    expect(shortfalls([row(0.5)], { c: { cast: 0.6 } })).toEqual(["c cast: F1 0.500 is below its floor 0.6"]);
    expect(shortfalls([row(0.6)], { c: { cast: 0.6, overall: 0.6 } })).toEqual([]);
  });

  it("reports a corpus, a field or output lines the eval did not give, and an extractor that failed", () => {
    expect(shortfalls([], { c: { cast: 0 } })).toEqual(["c: not in the eval's report"]);
    expect(shortfalls([row(1)], { c: { director: 0 } })).toEqual(["c director: no F1 in the eval's report"]);
    expect(shortfalls([{ ...row(1), outputLines: 1 }], { c: {} })).toEqual([
      "c: 1 output lines for 2 articles",
    ]);
    expect(shortfalls([{ corpus: "c", error: "exit 1" }], { c: { cast: 0 } })).toEqual([
      "c: the extractor failed (exit 1)",
    ]);
  });
});
