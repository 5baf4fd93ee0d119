// Baseline for search: the two FTS5 queries the app's SQLite search runs (arguments and sources,
// ranked, top N, with snippets), prepared once and run raw with better-sqlite3 on the same
// database. The MATCH expressions and snippet markers come from the caller (the app's own
// toFts5Query), so both sides search for exactly the same thing.
// Usage: node bench/baselines/raw-fts.mjs <db file> <debateId> <rounds> <passes> '{"matches":[…],"start":"…","end":"…","limit":50}'
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";

const [dbFile, debateId, rounds, passes, spec] = process.argv.slice(2);
const { matches, start, end, limit } = JSON.parse(spec);
const db = new Database(dbFile, { readonly: true });
const args = db.prepare(`
  SELECT n."id", n."title", n."kind", snippet("ArgNodeSearch", -1, ?, ?, '…', 24) AS "snip"
  FROM "ArgNodeSearch" JOIN "ArgNode" n ON n.rowid = "ArgNodeSearch".rowid
  WHERE "ArgNodeSearch" MATCH ? AND n."debateId" = ? ORDER BY rank LIMIT ?`);
const sources = db.prepare(`
  SELECT s."id", s."title", NULL AS "kind", snippet("SourceSearch", 1, ?, ?, '…', 24) AS "snip"
  FROM "SourceSearch" JOIN "Source" s ON s.rowid = "SourceSearch".rowid
  WHERE "SourceSearch" MATCH ? AND s."debateId" = ? ORDER BY rank LIMIT ?`);
const search = (m) =>
  args.all(start, end, m, debateId, limit).length + sources.all(start, end, m, debateId, limit).length;

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];
for (const m of matches) search(m); // warm, as the use case gets
const p50 = [];
const p95 = [];
for (let r = 0; r < Number(rounds); r++) {
  const ms = [];
  for (let p = 0; p < Number(passes); p++)
    for (const m of matches) {
      const t = performance.now();
      search(m);
      ms.push(performance.now() - t);
    }
  p50.push(pct(ms, 50));
  p95.push(pct(ms, 95));
}
console.log(`RESULT ${JSON.stringify({ p50, p95 })}`);
