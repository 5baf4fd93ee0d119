// First-run setup for `npm run app`: a local secret for sessions, then migrate and seed the database.
import { randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const envFile = ".env.local";
const current = existsSync(envFile) ? readFileSync(envFile, "utf8") : "";
if (!/^BETTER_AUTH_SECRET=/m.test(current) && !process.env.BETTER_AUTH_SECRET) {
  // Next.js loads .env.local at start; the secret signs session cookies and stays on this machine.
  writeFileSync(
    envFile,
    `${current}${current && !current.endsWith("\n") ? "\n" : ""}BETTER_AUTH_SECRET=${randomBytes(32).toString("hex")}\n`,
  );
  console.log(`wrote a new BETTER_AUTH_SECRET to ${envFile}`);
}
execFileSync(process.execPath, ["scripts/prepare-db.mjs"], { stdio: "inherit" });
// The import worker runs as a plain ES module bundle (generated/, not committed).
execFileSync(process.execPath, ["scripts/build-workers.mjs"], { stdio: "inherit" });
