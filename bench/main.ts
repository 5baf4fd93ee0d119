// The benchmark suite's conductor (started by bench/run.mjs): generate the debates, run each
// suite in a process of its own, and write bench/results.md after every suite, so a run that
// fails half-way still leaves the figures it got.
// Env: BENCH_QUICK=1 (sizes 100 and 1,000, fewer runs), BENCH_SIZES=100,5000, BENCH_ONLY=layout,search (or api),
// BENCH_TIMEOUT_S (baseline cap, 45), BENCH_OPEN_TIMEOUT_S (map opening cap, 120), BENCH_SKIP_BUILD=1.
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { ARGDOWN_MAX_BYTES } from "@/lib/domain/codecs";
import { dataFile, writeDataset } from "./generate";
import { run, TSX } from "./lib/child";
import { readAll, renderMarkdown, RESULTS_DIR } from "./lib/results";
import { QUICK, SIZES } from "./lib/stats";

const SUITES = [
  {
    name: "server",
    script: "bench/suites/server.ts",
    what: "production build, api-graph, render, pan / drag, edit",
    env: {},
  },
  // Only when asked for by name (BENCH_ONLY=api): the server suite's API rows, without the browser.
  {
    name: "api",
    script: "bench/suites/server.ts",
    what: "production build, api-graph and the API half of edit (no browser)",
    env: { BENCH_SERVER_ROWS: "api" },
    explicit: true,
  },
  { name: "layout", script: "bench/suites/layout.ts", what: "layout vs dagre and ELK", env: {} },
  {
    name: "import",
    script: "bench/suites/import.ts",
    what: "import-argdown, import-aif, import-docx, export",
    env: {},
  },
  { name: "image-export", script: "bench/suites/image-export.ts", what: "PNG and SVG image export", env: {} },
  {
    name: "search",
    script: "bench/search.ts",
    what: "search at 10k and 100k cards",
    env: { BENCH_SEARCH_PG: "0", BENCH_RECORD: "1" },
  },
];
const ORDER = ["browser", "layout", "import", "image-export", "api", "search"];
const only = process.env.BENCH_ONLY?.split(",");
const started = new Date();
const t0 = performance.now();
const notes: string[] = [];

const sh = (cmd: string, args: string[]) => {
  try {
    return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
};
const dirty = sh("git", ["status", "--porcelain", "--untracked-files=no"]) ? " with uncommitted changes" : "";
const commit = (sh("git", ["rev-parse", "--short", "HEAD"]) || "unknown") + dirty;
const tools = JSON.parse(readFileSync("bench/package.json", "utf8")) as { devDependencies: Record<string, string> };
const machine = [
  `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB`,
  `Node ${process.version}`,
  sh(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", ["--version"]) || "Chromium not found",
  `load average ${os.loadavg()[0]!.toFixed(1)} at start`,
].join(", ");

function write(): void {
  const baselines = Object.entries(tools.devDependencies)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
  const all = [
    ...notes,
    `Baselines in the same run: ${baselines} (bench/package.json); bare React Flow = the app's own @xyflow/react, react and react-dom, bundled by esbuild; raw SQL = better-sqlite3 on the same database file. How each figure is taken: bench/README.md.`,
  ];
  writeFileSync(
    "bench/results.md",
    renderMarkdown(readAll(ORDER), { started, seconds: (performance.now() - t0) / 1000, machine, commit, notes: all }),
  );
}

rmSync(RESULTS_DIR, { recursive: true, force: true });
console.log(`━━━ generating debates of ${SIZES.join(", ")} arguments${QUICK ? " (quick run)" : ""}`);
for (const n of SIZES) writeDataset(n);
const mb = (n: number, ext: Parameters<typeof dataFile>[1]) => {
  const bytes = statSync(dataFile(n, ext)).size;
  return bytes < 2 ** 20 ? `${Math.round(bytes / 1024)} kB` : `${(bytes / 2 ** 20).toFixed(1)} MB`;
};
notes.push(
  `Generated debates (bench/generate.ts): ${SIZES.map((n) => `${n.toLocaleString("en-US")} arguments (Argdown ${mb(n, "argdown")}, AIF ${mb(n, "aif.json")})`).join("; ")}.`,
);
const overCap = SIZES.filter((n) => statSync(dataFile(n, "argdown")).size > ARGDOWN_MAX_BYTES);
if (overCap.length)
  notes.push(
    `Clash accepts Argdown files up to ${ARGDOWN_MAX_BYTES / 2 ** 20} MB (ARGDOWN_MAX_BYTES); the Argdown of ${overCap.map((n) => n.toLocaleString("en-US")).join(", ")} arguments is bigger, so its import is refused and counts as not met.`,
  );

for (const suite of SUITES) {
  if (only ? !only.includes(suite.name) : "explicit" in suite) continue;
  console.log(`━━━ ${suite.name}: ${suite.what}`);
  const r = await run(process.execPath, [...TSX, suite.script], { env: suite.env });
  console.log(`    (${suite.name} took ${(r.ms / 1000).toFixed(0)} s)`);
  if (r.code !== 0)
    notes.push(
      `The ${suite.name} suite failed (exit ${r.code}); its remaining rows are missing: \`${r.out.trim().split("\n").slice(-3).join(" ").slice(0, 400).replaceAll("`", "'")}\``,
    );
  write();
}
console.log(`━━━ wrote bench/results.md in ${((performance.now() - t0) / 60_000).toFixed(1)} min`);
