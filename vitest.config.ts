import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/temp-root.ts"],
    // Eleventy builds and browser runs are slow on 2-core machines.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
