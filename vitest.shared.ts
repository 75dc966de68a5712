import { defineConfig } from "vitest/config";

/**
 * The test settings every package shares. Each run also writes a JSON report to `.reports/`,
 * which `.ci/run` sums into its closing "N passed, N failed" line.
 */
export const sharedTestConfig = defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: ".reports/vitest.json" }]],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  },
});
