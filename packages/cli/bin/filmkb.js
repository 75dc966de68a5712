#!/usr/bin/env node
// Runs the TypeScript source through tsx's loader: internal packages ship source, not dist/.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
