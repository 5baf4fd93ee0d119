// Search benchmark: full-text search through the real use case over debates of 10,000 and
// 100,000 cards, on SQLite and (when reachable) PostgreSQL. Prints p50/p95; asserts nothing.
// Run: npm run bench:search   (set BENCH_SIZES=10000 for a quicker run)
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const sizes = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number);
const targets = [
  { name: "SQLite", url: "file:./bench/.out/search.db" },
  { name: "PostgreSQL", url: process.env.BENCH_PG_URL ?? "postgresql://postgres:postgres@localhost:5432/clash_bench" },
];
const QUERIES = ["training", "migrant workers Russia", "repression radicalization", "Khalimov", "human rights abuses", "corruption", "recruit", "ISIS fighters", "OMON", "religious"];

const sentences = readdirSync("prisma/seed-data/sources")
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(`prisma/seed-data/sources/${f}`, "utf8").split(/(?<=[.!?])\s+/))
  .filter((s) => s.length > 40 && s.length < 400);

function pct(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function runOn(target: { name: string; url: string }, size: number) {
  process.env.DATABASE_URL = target.url;
  try {
    execFileSync(process.execPath, ["scripts/prepare-db.mjs", "--fresh", "--no-seed"], { stdio: "ignore", env: { ...process.env } });
  } catch {
    console.log(`${target.name}: not reachable, skipped`);
    return null;
  }
  const { createClient } = await import("@/lib/db/create-client");
  const db = createClient(target.url);
  const debateId = `bench-${size}`;
  await db.user.create({ data: { id: "bench-user", name: "Bench", email: "bench@clash.local", createdAt: new Date(), updatedAt: new Date() } });
  await db.debate.create({ data: { id: debateId, title: "Bench", visibility: "public", ownerId: "bench-user" } });
  await db.source.create({ data: { id: "bench-src", debateId, title: "Corpus", text: sentences.join(" ") } });
  const t0 = performance.now();
  for (let i = 0; i < size; i += 2_000) {
    await db.argNode.createMany({
      data: Array.from({ length: Math.min(2_000, size - i) }, (_, k) => {
        const n = i + k;
        const quote = `${sentences[n % sentences.length]} ${sentences[(n * 7 + 3) % sentences.length]}`;
        return { id: `c${n}`, debateId, kind: "evidence", side: n % 2 ? "aff" : "neg", title: `Card ${n}: ${sentences[(n * 13) % sentences.length]!.slice(0, 80)}`, sourceId: "bench-src", quote, quoteStart: 0, quoteEnd: quote.length, cite: `Author ${n % 97} ${10 + (n % 15)}` };
      }),
    });
  }
  const insertMs = performance.now() - t0;
  await db.$disconnect();
  // The use case under test, in this process, against this database.
  // Imported only now, in a process of its own: lib/server/db.ts binds one database per process.
  const { searchDebate } = await import("@/lib/server/debates/search-debate");
  const user = { id: "bench-user", name: "Bench", email: "bench@clash.local" };
  for (const q of QUERIES) await searchDebate({ user, debateId, q, limit: 50 }); // warm
  const times: number[] = [];
  let hits = 0;
  for (let r = 0; r < 5; r++)
    for (const q of QUERIES) {
      const s = performance.now();
      hits += (await searchDebate({ user, debateId, q, limit: 50 })).length;
      times.push(performance.now() - s);
    }
  return { insertMs, p50: pct(times, 50), p95: pct(times, 95), hits: hits / times.length };
}

if (process.env.BENCH_CHILD) {
  const [name, size] = process.env.BENCH_CHILD.split(":");
  const r = await runOn(targets.find((t) => t.name === name)!, Number(size));
  console.log(`RESULT ${JSON.stringify(r)}`);
  process.exit(0);
}
const rows: string[] = [];
for (const target of targets)
  for (const size of sizes) {
    const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1]!], {
      env: { ...process.env, BENCH_CHILD: `${target.name}:${size}` },
      encoding: "utf8",
      maxBuffer: 1 << 24,
    });
    const r = JSON.parse(/RESULT (.*)/.exec(out)?.[1] ?? "null") as Awaited<ReturnType<typeof runOn>>;
    if (!r) console.log(`${target.name}: not reachable, skipped`);
    else rows.push(`| ${target.name} | ${size.toLocaleString("en-US")} | ${r.p50.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${r.hits.toFixed(0)} | ${(r.insertMs / 1000).toFixed(1)} s |`);
  }
console.log("\n| database | cards | search p50 | search p95 | hits per query | load time |\n|---|---|---|---|---|---|\n" + rows.join("\n"));
