import { defineConfig } from "@playwright/test";
import { SERVER_LOG } from "./e2e/setup/server-errors";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE = `http://localhost:${PORT}`;
// The server's log from before this run is not this run's (e2e/setup/server-errors.ts).
process.env.E2E_STARTED ??= String(Date.now());

export default defineConfig({
  testDir: "e2e/specs",
  // The slow security rounds (*.slow.spec.ts) run with CLASH_SLOW_TESTS=1, which test-all.sh sets in CI.
  testIgnore: process.env.CLASH_SLOW_TESTS === "1" ? [] : ["**/*.slow.spec.ts"],
  outputDir: "test-results/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  workers: 1, // 2-core machine: one Next server and one browser
  reporter: [["list"]],
  globalTeardown: "./e2e/setup/server-errors.ts",
  use: {
    baseURL: BASE,
    browserName: "chromium",
    viewport: { width: 1440, height: 900 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    // A throw-away database, then the production build.
    // Its output is kept in SERVER_LOG too: an error it logs fails the run (e2e/setup/server-errors.ts).
    command: `node scripts/prepare-db.mjs --fresh && node scripts/build-workers.mjs && mkdir -p test-results && node_modules/.bin/next start -p ${PORT} 2>&1 | tee ${SERVER_LOG}`,
    url: `${BASE}/api/health`,
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db",
      BETTER_AUTH_URL: BASE,
      BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: "pipe",
  },
});
