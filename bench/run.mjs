// `npm run bench`: make sure what the suite needs is installed, then hand over to bench/main.ts.
// - the app's dependencies (npm ci) when node_modules is missing;
// - the peer tools, dev dependencies of bench/ only (npm ci --prefix bench) when bench/node_modules is
//   missing or older than bench/package-lock.json;
// - Debian's Chromium when missing, as scripts/test-all.sh installs it.
// Plain JS so it runs before anything is installed.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";

process.chdir(path.join(import.meta.dirname, ".."));
const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: "inherit", ...opts });

if (!existsSync("node_modules/.bin/next")) sh("npm", ["ci"]);
// Installed again when bench/package-lock.json changed since (a peer tool added or updated).
const installed = "bench/node_modules/.package-lock.json";
if (!existsSync(installed) || statSync("bench/package-lock.json").mtimeMs > statSync(installed).mtimeMs)
  sh("npm", ["ci", "--prefix", "bench", "--no-audit", "--no-fund"]);

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.log(`Chromium not found at ${chromium}; installing Debian's chromium…`);
  const root = process.getuid?.() === 0 ? [] : ["sudo"];
  const apt = (args) =>
    spawnSync(root[0] ?? "apt-get", [...(root.length ? ["apt-get"] : []), ...args], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  apt(["update", "-qq"]);
  apt(["install", "-y", "-qq", "chromium", "fonts-dejavu-core", "fonts-liberation"]);
  if (!existsSync(chromium))
    console.log("Chromium is still missing: the browser benchmarks will fail and say so in bench/results.md.");
}

const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/main.ts"], {
  stdio: "inherit",
  env: { ...process.env, CHROMIUM_PATH: chromium, NEXT_TELEMETRY_DISABLED: "1" },
});
process.exit(r.status ?? 1);
