// The Clash production server the browser and API benchmarks run against: its own build dir
// (.next-bench), its own port and its own SQLite database holding the generated debates.
import { spawn, type ChildProcess } from "node:child_process";
import { lstatSync, readFileSync, writeFileSync } from "node:fs";
import type { BrowserContext } from "@playwright/test";
import { run, resultOf, TSX } from "../lib/child";

export const PORT = Number(process.env.BENCH_PORT ?? 3800);
export const BASE = `http://localhost:${PORT}`;
export const DB_FILE = "bench/.out/app.db";
const env = {
  NEXT_DIST_DIR: ".next-bench",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: `file:./${DB_FILE}`,
  BETTER_AUTH_URL: BASE,
  BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
  // Sign-in is rate-limited per client; the bench signs in more often than a person would.
  CLASH_RATE_LIMIT: "off",
  // Writes answer with a Server-Timing header: the edit bench prints where a PATCH spends its time.
  CLASH_SERVER_TIMING: "on",
};

/**
 * Turbopack refuses a node_modules that is a symlink out of the project (a git worktree sharing
 * its main checkout's dependencies): build with webpack there, or when BENCH_BUNDLER=webpack.
 */
function bundlerFlag(): string[] {
  const chosen = process.env.BENCH_BUNDLER;
  if (chosen === "turbopack") return [];
  if (chosen === "webpack") return ["--webpack"];
  return lstatSync("node_modules").isSymbolicLink() ? ["--webpack"] : [];
}

/**
 * `next build` of the current code. Next writes its dist dir into tsconfig.json's include list;
 * the file is put back as it was, so a bench run leaves the project untouched.
 */
export async function buildApp(): Promise<void> {
  if (process.env.BENCH_SKIP_BUILD === "1") return;
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  try {
    const r = await run("node_modules/.bin/next", ["build", ...bundlerFlag()], { env, quiet: true });
    if (r.code !== 0) throw new Error(`next build failed:\n${r.out.slice(-3000)}`);
  } finally {
    if (readFileSync("tsconfig.json", "utf8") !== tsconfig) writeFileSync("tsconfig.json", tsconfig);
  }
}

/** A fresh database (migrated, with the demo account) holding every generated debate; their ids by size. */
export async function prepareDatabase(): Promise<Record<number, string>> {
  const prep = await run(process.execPath, ["scripts/prepare-db.mjs", "--fresh"], { env, quiet: true });
  if (prep.code !== 0) throw new Error(`prepare-db failed:\n${prep.out}`);
  const load = await run(process.execPath, [...TSX, "bench/suites/load-db.ts"], { env });
  const ids = resultOf<Record<number, string>>(load.out);
  if (!ids) throw new Error("storing the generated debates failed");
  return ids;
}

/** The production server of the build in `distDir` (default: the bench's own) on `port`. */
export async function startApp(port = PORT, distDir = env.NEXT_DIST_DIR): Promise<ChildProcess> {
  const base = `http://localhost:${port}`;
  const server = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
    env: { ...process.env, ...env, NEXT_DIST_DIR: distDir, BETTER_AUTH_URL: base },
    stdio: "ignore",
  });
  for (let i = 0; ; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return server;
    if (i > 120 || server.exitCode !== null) throw new Error(`the server did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Sign in as the demo account (owner of the generated debates); the session cookie. */
export async function signIn(base = BASE): Promise<string> {
  const { DEMO_USER } = await import("@/prisma/seed-lib");
  const r = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: base },
    body: JSON.stringify({ email: DEMO_USER.email, password: DEMO_USER.password }),
  });
  if (!r.ok) throw new Error(`sign-in failed: ${r.status} ${await r.text()}`);
  return r.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** A browser context signed in to `url`'s server as the demo account (its session cookie added). */
export async function signInContext(context: BrowserContext, url: string): Promise<void> {
  const { origin } = new URL(url);
  const cookie = await signIn(origin);
  await context.addCookies(
    cookie.split("; ").map((c) => {
      const i = c.indexOf("=");
      return { name: c.slice(0, i), value: c.slice(i + 1), url: origin };
    }),
  );
}
