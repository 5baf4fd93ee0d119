// The integration suite: use cases in lib/server against a real database chosen by DATABASE_URL
// (SQLite file or PostgreSQL). One vitest process = one database, because lib/server/db.ts reads
// DATABASE_URL once. scripts/test-integration.sh runs it on both.
import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

// Never the development database: the global setup wipes whatever this points at.
const DATABASE_URL = (process.env.DATABASE_URL ??= "file:./data/test-int.db");

export default defineConfig({
  resolve: base.resolve,
  test: {
    // The slow security rounds (*.slow.test.ts: input bombs, kill -9) run when CLASH_SLOW_TESTS=1,
    // which scripts/test-all.sh sets in CI; they are not collected otherwise (not skipped).
    include: ["tests/integration/**/*.test.ts"],
    exclude: process.env.CLASH_SLOW_TESTS === "1" ? [] : ["tests/integration/**/*.slow.test.ts"],
    environment: "node",
    env: { DATABASE_URL, NODE_ENV: "test" },
    globalSetup: ["tests/integration/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One file at a time: the machine has two cores and the concurrency test wants them.
    fileParallelism: false,
  },
});
