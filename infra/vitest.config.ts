import { defineConfig, mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../vitest.shared.ts";

// Synthesis bundles both functions with esbuild: slower than a unit test, so more time.
export default mergeConfig(
  sharedTestConfig,
  defineConfig({ test: { testTimeout: 120_000, hookTimeout: 120_000 } }),
);
