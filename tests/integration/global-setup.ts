// Prepare a fresh, migrated, empty database for DATABASE_URL before the integration suite runs.
import { execFileSync } from "node:child_process";
import path from "node:path";

/** Only databases named for tests may be wiped (guards against pointing the suite at real data). */
export function assertTestDatabase(url: string): void {
  const name = url.startsWith("file:") ? path.basename(url.slice("file:".length)) : new URL(url).pathname.slice(1);
  if (!/test/i.test(name)) {
    throw new Error(
      `refusing to wipe "${name}" for the integration tests: use a database whose name contains "test" (DATABASE_URL=${url})`,
    );
  }
}

export default function setup(): void {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (vitest.integration.config.ts gives it a default)");
  assertTestDatabase(url);
  const root = path.resolve(import.meta.dirname, "..", "..");
  try {
    execFileSync(process.execPath, ["scripts/prepare-db.mjs", "--fresh", "--no-seed"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`could not prepare the test database ${url}:\n${e.stdout ?? ""}${e.stderr ?? ""}\n${e.message}`, {
      cause: err,
    });
  }
}
