import { configDefaults, defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: path.resolve(import.meta.dirname, ".") + "/" },
      // `server-only` throws outside React Server Components; tests run the server layer directly.
      { find: /^server-only$/, replacement: path.resolve(import.meta.dirname, "tests/server-only-stub.ts") },
    ],
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts", "prisma/**/*.test.ts"],
    // The integration suite needs a prepared database: vitest.integration.config.ts runs it.
    exclude: [...configDefaults.exclude, "tests/integration/**"],
    environment: "node",
    // Never the development database: nothing in the unit suite writes, but keep it apart anyway.
    env: { DATABASE_URL: "file:./data/unit-tests.db" },
    globalSetup: ["tests/unit-global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
