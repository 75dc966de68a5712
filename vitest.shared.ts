import { defineConfig } from "vitest/config";

/**
 * The test settings every package shares. Each run also writes a JSON report to `.reports/`,
 * which `.ci/run` sums into its closing "N passed, N failed" line.
 */
export const sharedTestConfig = defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: ".reports/vitest.json" }]],
    // Only a guard against a hang: no test may fail because a loaded machine is slow.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      // Powertools writes logs and EMF metrics to stdout; tests assert on behaviour, not on logs.
      POWERTOOLS_LOG_LEVEL: "SILENT",
      POWERTOOLS_METRICS_DISABLED: "true",
      POWERTOOLS_DEV: "false",
      NODE_NO_WARNINGS: "1",
    },
  },
});
