// search: full-text search through the app's use case (top 50 with the matching words in
// context) over debates of 10,000 and 100,000 cards, against the same FTS5 queries run raw with
// better-sqlite3 on the same database. Each (database, size) pair runs in a process of its own:
// lib/server/db.ts binds one database per process.
// Run alone: npm run bench:search  (SQLite, then PostgreSQL when reachable; BENCH_SEARCH_SIZES=10000 for a quick run)
// In the suite (npm run bench) it runs on SQLite only and records its rows.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { resultOf, run } from "./lib/child";
import { record } from "./lib/results";
import { failed, figure, percentile, QUICK } from "./lib/stats";

const sizes = (process.env.BENCH_SEARCH_SIZES ?? (QUICK ? "10000" : "10000,100000")).split(",").map(Number);
const targets = [
  { name: "SQLite", url: "file:./bench/.out/search.db" },
  { name: "PostgreSQL", url: process.env.BENCH_PG_URL ?? "postgresql://postgres:postgres@localhost:5432/clash_bench" },
].filter((t) => process.env.BENCH_SEARCH_PG !== "0" || t.name === "SQLite");
const QUERIES = [
  "training",
  "migrant workers Russia",
  "repression radicalization",
  "Khalimov",
  "human rights abuses",
  "corruption",
  "recruit",
  "ISIS fighters",
  "OMON",
  "religious",
];
const ROUNDS = 3;
const PASSES = 3; // per round, over every query

type Result = {
  insertMs: number;
  p50: number[];
  p95: number[];
  hits: number;
  raw: { p50: number[]; p95: number[] } | null;
};

const sentences = readdirSync("prisma/seed-data/sources")
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(`prisma/seed-data/sources/${f}`, "utf8").split(/(?<=[.!?])\s+/))
  .filter((s) => s.length > 40 && s.length < 400);

/** Rounds of PASSES passes over the queries; each round reduced to its p50 and p95. */
async function timed(q: (query: string) => Promise<number>): Promise<{ p50: number[]; p95: number[]; hits: number }> {
  for (const query of QUERIES) await q(query); // warm
  const out = { p50: [] as number[], p95: [] as number[], hits: 0 };
  for (let r = 0; r < ROUNDS; r++) {
    const ms: number[] = [];
    for (let p = 0; p < PASSES; p++)
      for (const query of QUERIES) {
        const t = performance.now();
        out.hits += await q(query);
        ms.push(performance.now() - t);
      }
    out.p50.push(percentile(ms, 50));
    out.p95.push(percentile(ms, 95));
  }
  out.hits /= ROUNDS * PASSES * QUERIES.length;
  return out;
}

async function child(target: { name: string; url: string }, size: number): Promise<Result | null> {
  process.env.DATABASE_URL = target.url;
  try {
    execFileSync(process.execPath, ["scripts/prepare-db.mjs", "--fresh", "--no-seed"], { stdio: "ignore" });
  } catch {
    return null; // PostgreSQL not reachable
  }
  // Imported only now, once DATABASE_URL names this process's database.
  const { db } = await import("@/lib/server/db");
  const { bulkInsert, sqlTimestamp } = await import("@/lib/server/imports/bulk-insert");
  const { searchDebate } = await import("@/lib/server/debates/search-debate");
  const debateId = `bench-${size}`;
  const user = { id: "bench-user", name: "Bench", email: "bench@clash.local" };
  await db.user.create({ data: { ...user, createdAt: new Date(), updatedAt: new Date() } });
  await db.debate.create({ data: { id: debateId, title: "Bench", visibility: "public", ownerId: user.id } });
  await db.source.create({ data: { id: "bench-src", debateId, title: "Corpus", text: sentences.join(" ") } });
  const at = sqlTimestamp(new Date());
  const t0 = performance.now();
  // The importer's own bulk insert (the search index is kept up to date by the schema's triggers).
  await db.$transaction(
    async (tx) => {
      const columns = [
        "id",
        "debateId",
        "kind",
        "side",
        "title",
        "sourceId",
        "quote",
        "quoteStart",
        "quoteEnd",
        "cite",
        "version",
        "createdAt",
        "updatedAt",
      ];
      await bulkInsert(
        tx,
        "ArgNode",
        columns,
        Array.from({ length: size }, (_, n) => {
          const quote = `${sentences[n % sentences.length]} ${sentences[(n * 7 + 3) % sentences.length]}`;
          return [
            `c${n}`,
            debateId,
            "evidence",
            n % 2 ? "aff" : "neg",
            `Card ${n}: ${sentences[(n * 13) % sentences.length]!.slice(0, 80)}`,
            "bench-src",
            quote,
            0,
            quote.length,
            `Author ${n % 97} ${10 + (n % 15)}`,
            1,
            at,
            at,
          ];
        }),
      );
    },
    { timeout: 600_000 },
  );
  const insertMs = performance.now() - t0;
  const clash = await timed(async (q) => (await searchDebate({ user, debateId, q, limit: 50 })).length);
  await db.$disconnect();
  let raw: Result["raw"] = null;
  if (target.url.startsWith("file:")) {
    const { MATCH_END, MATCH_START, toFts5Query } = await import("@/lib/domain/search-snippet");
    const spec = { matches: QUERIES.map(toFts5Query), start: MATCH_START, end: MATCH_END, limit: 50 };
    const r = await run(
      process.execPath,
      [
        "bench/baselines/raw-fts.mjs",
        target.url.slice("file:".length),
        debateId,
        String(ROUNDS),
        String(PASSES),
        JSON.stringify(spec),
      ],
      { quiet: true },
    );
    raw = resultOf<{ p50: number[]; p95: number[] }>(r.out);
  }
  return { insertMs, ...clash, raw };
}

if (process.env.BENCH_CHILD) {
  const [name, size] = process.env.BENCH_CHILD.split(":");
  console.log(
    `RESULT ${JSON.stringify(
      await child(
        targets.find((t) => t.name === name)!,
        Number(size),
      ),
    )}`,
  );
  process.exit(0);
}
const lines: string[] = [];
for (const target of targets)
  for (const size of sizes) {
    const out = await run(process.execPath, [...process.execArgv, process.argv[1]!], {
      env: { BENCH_CHILD: `${target.name}:${size}` },
      quiet: true,
    });
    const r = resultOf<Result>(out.out);
    if (!r) {
      console.log(out.code === 0 ? `${target.name}: not reachable, skipped` : out.out.slice(-2000));
      continue;
    }
    const fig = (xs: number[]) => figure(xs, "ms");
    const k = size.toLocaleString("en-US");
    lines.push(
      `| ${target.name} | ${k} | ${fig(r.p50).median.toFixed(1)} ms | ${fig(r.p95).median.toFixed(1)} ms | ${r.raw ? `${fig(r.raw.p95).median.toFixed(1)} ms` : "—"} | ${r.hits.toFixed(0)} | ${(r.insertMs / 1000).toFixed(1)} s |`,
    );
    if (process.env.BENCH_RECORD !== "1") continue;
    const base = (key: "p50" | "p95") => ({
      name: "raw FTS5 query (better-sqlite3)",
      ...(r.raw ? fig(r.raw[key]) : failed("did not run")),
    });
    const at100k = size === 100_000;
    record("search", [
      {
        bench: "search",
        what: `full-text, top 50 with context, p50 (${target.name})`,
        n: `${k} cards`,
        clash: fig(r.p50),
        baseline: base("p50"),
        target: "—",
        met: null,
      },
      {
        bench: "search",
        what: `full-text, top 50 with context, p95 (${target.name})`,
        n: `${k} cards`,
        clash: fig(r.p95),
        baseline: base("p95"),
        target: at100k ? "≤ 20 ms" : "—",
        met: at100k ? fig(r.p95).median <= 20 : null,
      },
    ]);
  }
console.log(
  "\n| database | cards | search p50 | search p95 | raw FTS p95 | hits per query | load time |\n|---|---|---|---|---|---|---|\n" +
    lines.join("\n"),
);
