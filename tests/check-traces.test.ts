import path from "node:path";
import { describe, expect, it } from "vitest";
import { forbiddenTraces } from "../scripts/check-traces.mjs";

const root = "/srv/clash";
const at = (...files: string[]) => files.map((f) => path.join(root, f));

describe("check-traces: what a route's file trace may not hold", () => {
  it("flags the databases, environment files, tests and benchmarks a whole-project trace pulled in", () => {
    const shipped = [
      "data/clash.db",
      "data/clash.db-wal",
      "data/backups/2026-12-01.sqlite",
      "elsewhere.db-shm",
      ".env.local",
      "tests/integration/helpers.ts",
      "e2e/specs/map.spec.ts",
      "bench/results.md",
      "test-results/summary/unit.json",
      "docs/screenshot.png",
      "lib/server/access.test.ts",
    ];
    const bad = forbiddenTraces(at(...shipped), { root, distDir: ".next" });
    expect(bad.map((b) => b.file)).toEqual(shipped);
    expect(bad[0]!.why).toBe("the database directory");
    expect(bad[4]!.why).toBe("an environment file");
  });

  it("lets through what the server needs: its build, the worker bundle, packages, the package file", () => {
    const ok = at(
      ".next/server/chunks/route.js",
      "generated/workers/import-worker.mjs",
      "scripts/build-workers.mjs",
      "node_modules/better-sqlite3/build/Release/better_sqlite3.node",
      "package.json",
      "lib/env.ts",
      "environment.ts",
    );
    expect(forbiddenTraces(ok, { root, distDir: ".next" })).toEqual([]);
    // Files outside the project (a hoisted package one level up) are not the project's to judge.
    expect(forbiddenTraces(["/srv/node_modules/x/data/a.db"], { root, distDir: ".next" })).toEqual([]);
  });
});
