import preact from "@preact/preset-vite";
import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing/vitest-plugin";

export default defineConfig({
  // WxtVitest wires WXT's auto-imports and the fake browser into the unit tests.
  plugins: [WxtVitest(), preact()],
  test: {
    include: [
      "tests/unit/**/*.test.{ts,tsx}",
      "core/**/*.test.ts",
      "page/**/*.test.ts",
      "store/**/*.test.ts",
      "components/**/*.test.tsx",
      "cli/**/*.test.ts",
    ],
    environment: "node",
    testTimeout: 20000,
  },
});
