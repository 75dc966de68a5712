// Sums the vitest JSON reports under packages/, functions/ and infra/ into "N passed, N failed".
// A non-zero exit of the test command with no failing test (lint, typecheck, a crashed run)
// counts as one failure, so the summary never reads green when the run was red.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
for (const root of ["packages", "functions", "infra"]) {
  if (!existsSync(root)) continue;
  const dirs = root === "infra" ? ["."] : readdirSync(root);
  for (const dir of dirs) {
    const report = join(root, dir, ".reports", "vitest.json");
    if (!existsSync(report)) continue;
    const { numPassedTests = 0, numFailedTests = 0 } = JSON.parse(readFileSync(report, "utf8"));
    console.log(`${join(root, dir)}: ${numPassedTests} passed, ${numFailedTests} failed`);
    passed += numPassedTests;
    failed += numFailedTests;
  }
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(status !== 0 || failed > 0 ? 1 : 0);
