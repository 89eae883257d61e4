import { defineConfig } from "vitest/config";

/**
 * The browser suite: specs in tests/e2e drive Chromium with the built extension. One spec file at
 * a time, since each starts its own browser and the suite must run on a 2-core machine.
 */
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["tests/e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
