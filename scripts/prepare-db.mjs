// Prepare a database for DATABASE_URL: migrate (SQLite or PostgreSQL) and seed the demo debate.
// `--fresh` first deletes the SQLite file or drops and recreates the PostgreSQL database (tests only).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const url = process.env.DATABASE_URL ?? "file:./data/clash.db";
const fresh = process.argv.includes("--fresh");
const noSeed = process.argv.includes("--no-seed");
const bin = (name) => path.join("node_modules", ".bin", name);
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });

if (url.startsWith("file:")) {
  const file = path.resolve(url.slice("file:".length));
  mkdirSync(path.dirname(file), { recursive: true });
  if (fresh) for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
} else if (fresh) {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`refusing to drop database "${name}"`);
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
}
run(bin("prisma"), ["migrate", "deploy"]);
if (!noSeed) run(bin("tsx"), ["prisma/seed.ts"]);
