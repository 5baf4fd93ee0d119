// After `next build`: no route's file trace (.nft.json, the files a deployment copies beside the
// server) may hold the project's data or its tests. A file-system walk the tracer cannot bound made
// it trace the whole project into every route that starts a worker — the SQLite databases and
// their logs in data/, the test suites, the benchmarks — so a deployment built from the traces
// (`output: "standalone"`, serverless hosts) would have shipped users' data.
// Usage: node scripts/check-traces.mjs [distDir]   (default: NEXT_DIST_DIR or .next)
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Project paths (relative, "/"-separated) that no trace may include, and why. */
const FORBIDDEN = [
  [/^data\//, "the database directory"],
  [/\.(db|sqlite3?)(-wal|-shm|-journal)?$/, "a database file"],
  [/(^|\/)\.env(\.|$)/, "an environment file"],
  [/^(tests|e2e|bench|test-results|docs)\//, "tests, benchmarks or their output"],
  [/\.test\.tsx?$/, "a test"],
];

/** The traced project files (outside node_modules and the build itself) that must not ship, with why. */
export function forbiddenTraces(files, { root, distDir }) {
  const bad = [];
  for (const file of files) {
    const rel = path.relative(root, file).split(path.sep).join("/");
    if (rel.startsWith("../") || rel.startsWith("node_modules/") || rel.startsWith(`${distDir}/`)) continue;
    const hit = FORBIDDEN.find(([re]) => re.test(rel));
    if (hit) bad.push({ file: rel, why: hit[1] });
  }
  return bad;
}

/** Every file the build's traces list, as absolute paths. */
export function tracedFiles(root, distDir) {
  const server = path.join(root, distDir, "server");
  const out = new Set();
  for (const f of readdirSync(server, { recursive: true, encoding: "utf8" })) {
    if (!f.endsWith(".nft.json")) continue;
    const trace = path.join(server, f);
    const { files } = JSON.parse(readFileSync(trace, "utf8"));
    for (const x of files) out.add(path.resolve(path.dirname(trace), x));
  }
  return [...out];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const distDir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? ".next";
  const files = tracedFiles(root, distDir);
  if (files.length === 0) {
    console.error(`check-traces: no file traces under ${distDir}/server (run next build first)`);
    process.exit(1);
  }
  const bad = forbiddenTraces(files, { root, distDir });
  if (bad.length) {
    console.error(`check-traces: ${bad.length} traced file(s) must not ship with the server:`);
    for (const b of bad.slice(0, 20)) console.error(`  ${b.file} (${b.why})`);
    process.exit(1);
  }
  console.log(`check-traces: ${files.length} traced files, none from data/, tests or .env files`);
}
