// `npm run bench:imports`: for each import format, how fast the worker reads a large file (MB/s,
// which the size caps in lib/domain/import-caps.ts come from) and the p95 latency of a health
// check served by the same process while that import runs (the imports issue wants < 50 ms).
// Self-contained: its own SQLite database and a bare HTTP server calling the app's health check.
// BENCH_IMPORT_N (default 10000) sets the size of the generated debate.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { exportDebate } from "@/lib/domain/codecs";
import { generateDebate, verbatimDocx } from "./generate";

const DB_FILE = "bench/.out/imports-latency.db";
mkdirSync("bench/.out", { recursive: true });
process.env.DATABASE_URL = `file:./${DB_FILE}`;
execFileSync(process.execPath, ["scripts/prepare-db.mjs", "--fresh", "--no-seed"], { stdio: "ignore" });
const { db } = await import("@/lib/server/db");
const { checkHealth } = await import("@/lib/server/check-health");
const { importAuthorized } = await import("@/lib/server/imports/import-debate");
const { closeWorkerPools } = await import("@/lib/server/workers/pool");
const user = { id: "bench-imports", name: "Bench", email: "bench-imports@clash.local" };
await db.user.create({ data: { ...user, createdAt: new Date(), updatedAt: new Date() } });

const N = Number(process.env.BENCH_IMPORT_N ?? 10_000);

/** A Kialo export with `n` claims: a thesis, then pros and cons three levels deep. */
function kialo(n: number): string {
  const lines = ["Discussion Title: Generated discussion", "", "1. The generated thesis holds."];
  let made = 1;
  const prefixes = ["1."];
  while (made < n) {
    const parent = prefixes[Math.floor(made / 4)] ?? "1.";
    const child = `${parent}${(made % 4) + 1}.`;
    if (child.split(".").length > 8) break;
    lines.push(`${child} ${made % 2 ? "Pro" : "Con"}: Generated reason number ${made} with a few more words to read.`);
    prefixes.push(child);
    made++;
  }
  return lines.join("\n") + "\n";
}

const d = generateDebate(N);
const files: { format: "json" | "aif" | "argdown" | "kialo" | "docx"; text: string | Uint8Array }[] = [
  { format: "json", text: JSON.stringify(JSON.parse(exportDebate("json", d))) },
  { format: "aif", text: JSON.stringify(JSON.parse(exportDebate("aif", d))) },
  { format: "argdown", text: exportDebate("argdown", d) },
  { format: "kialo", text: kialo(N * 4) },
  { format: "docx", text: await verbatimDocx(N) },
];

const server = createServer((_req, res) => {
  void checkHealth().then(
    (h) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(h)),
    () => res.writeHead(500).end(),
  );
});
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/health`;

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? 0;
const rows: string[] = [];
/**
 * The health checks come from a child process: a poller in this process would stall with the
 * server's event loop and never see the stall. Each line it prints is one check: the epoch time
 * it was sent and how long the answer took (or "fail").
 */
const POLLER = `
const url = process.argv[1];
let stop = false;
process.stdin.on("data", () => (stop = true));
process.stdin.resume();
(async () => {
  while (!stop) {
    const sent = Date.now(), t = performance.now();
    try {
      await fetch(url, { headers: { connection: "close" } }).then((r) => r.arrayBuffer());
      process.stdout.write(sent + " " + (performance.now() - t) + "\\n");
    } catch { process.stdout.write(sent + " fail\\n"); }
    await new Promise((r) => setTimeout(r, 5));
  }
  process.exit(0);
})();
`;

function startPoller(): { stop: () => Promise<{ sent: number; ms: number | null }[]> } {
  const child = spawn(process.execPath, ["-e", POLLER, url], { stdio: ["pipe", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  return {
    stop: async () => {
      child.stdin.write("stop\n");
      await new Promise((r) => child.on("exit", r));
      return out
        .trim()
        .split("\n")
        .filter(Boolean)
        .map((l) => {
          const [sent, ms] = l.split(" ");
          return { sent: Number(sent), ms: ms === "fail" ? null : Number(ms) };
        });
    },
  };
}

for (const f of files) {
  const mb = (typeof f.text === "string" ? Buffer.byteLength(f.text) : f.text.byteLength) / 2 ** 20;
  const poller = startPoller();
  await new Promise((r) => setTimeout(r, 300));
  let phase = "parsing" as "parsing" | "writing";
  let writeStart = 0;
  /** the longest stretch between two progress reports: how long one slice held the event loop */
  let longestSlice = 0;
  let lastSlice = 0;
  const t0 = Date.now();
  let outcome: string;
  try {
    const r = await importAuthorized(
      { user, into: null },
      { format: f.format, text: f.text, fileName: `bench.${f.format}` },
      {
        // This bench measures latency, not the parse budget (a loaded machine can run past it).
        budgetMs: 600_000,
        onProgress: (p) => {
          if (p.phase !== "writing") return;
          const now = performance.now();
          if (phase === "parsing") {
            phase = "writing";
            writeStart = Date.now();
          } else longestSlice = Math.max(longestSlice, now - lastSlice);
          lastSlice = now;
        },
      },
    );
    outcome = `${r.report.counts.nodes} arguments`;
  } catch (err) {
    outcome = `refused: ${(err as Error).message.replace(/\s+/g, " ").slice(0, 200)}`;
  }
  const ms = Date.now() - t0;
  const writeEnd = Date.now();
  const writeMs = phase === "writing" ? writeEnd - writeStart : 0;
  const checks = await poller.stop();
  const during = checks.filter((c) => c.sent >= t0 && c.sent <= writeEnd);
  const latencies = during.flatMap((c) => (c.ms === null ? [] : [c.ms]));
  const failures = during.length - latencies.length;
  // Checks in flight at any moment of the write phase (the import's one transaction).
  const writing = during.flatMap((c) =>
    c.ms !== null && phase === "writing" && c.sent + c.ms > writeStart && c.sent < writeEnd ? [c.ms] : [],
  );
  const line = `| ${f.format} | ${mb.toFixed(1)} MB | ${(ms / 1000).toFixed(1)} s | ${(ms / 1000 / mb).toFixed(2)} s/MB | ${p95(latencies).toFixed(1)} ms (${latencies.length} checks${failures ? `, ${failures} failed` : ""}) | ${(writeMs / 1000).toFixed(1)} s | ${p95(writing).toFixed(1)} ms, max ${Math.max(0, ...writing).toFixed(0)} ms (${writing.length} checks) | ${longestSlice.toFixed(0)} ms | ${outcome} |`;
  console.log(line);
  rows.push(line);
}
server.close();
await closeWorkerPools();
const table = [
  `Imports, ${new Date().toISOString().slice(0, 10)}, ${N} generated arguments per file (Kialo: ${N * 4} lines)`,
  "",
  "| format | size | import (parse, plan, write) | per MB | p95 GET /api/health during it | write phase | p95 health while writing | longest slice | result |",
  "|---|---|---|---|---|---|---|---|---|",
  ...rows,
  "",
].join("\n");
// On top of the earlier runs and their notes, which stay below as the record.
const RECORD = "bench/imports-latency.md";
const earlier = existsSync(RECORD) ? readFileSync(RECORD, "utf8") : "";
writeFileSync(RECORD, earlier ? `${table}\n---\n\n${earlier}` : table);
console.log(`\nwritten on top of ${RECORD}`);
await db.$disconnect();
