/** @module filmkb — the command-line tool's entry points, for tests and embedding. */
export { runBatch } from "./batch.ts";
export { type Io, main } from "./main.ts";
export { summarise } from "./summary.ts";
