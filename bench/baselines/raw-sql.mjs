// Baselines for the API: the same rows read (or one row updated) with better-sqlite3 and nothing
// else, on the database the benchmarked server uses. Rounds of timed operations, each round
// reduced to its p50 and p95. Prints `RESULT {"p50": [...], "p95": [...], "bytes": n}`.
// Usage: node bench/baselines/raw-sql.mjs read|update <db file> <debateId> <rounds> <per round>
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";

const [mode, dbFile, debateId, rounds, perRound] = process.argv.slice(2);
const db = new Database(dbFile);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");

const debate = db.prepare(`SELECT * FROM "Debate" WHERE "id" = ?`);
const nodes = db.prepare(`SELECT * FROM "ArgNode" WHERE "debateId" = ? ORDER BY "createdAt"`);
const edges = db.prepare(`SELECT * FROM "Edge" WHERE "debateId" = ? ORDER BY "createdAt"`);
const sources = db.prepare(
  `SELECT "id", "title", "author", "qualifications", "publication", "date", "url", "attribution", "version" FROM "Source" WHERE "debateId" = ? ORDER BY "createdAt"`,
);
const ids = db.prepare(`SELECT "id" FROM "ArgNode" WHERE "debateId" = ? ORDER BY "createdAt"`).pluck().all(debateId);
const update = db.prepare(
  `UPDATE "ArgNode" SET "title" = ?, "version" = "version" + 1, "updatedAt" = ? WHERE "id" = ?`,
);

let bytes = 0;
let k = 0;
const ops = {
  /** The rows GET /api/debates/{id} returns, read raw and serialised. */
  read: () => {
    bytes = JSON.stringify({
      ...debate.get(debateId),
      nodes: nodes.all(debateId),
      edges: edges.all(debateId),
      sources: sources.all(debateId),
    }).length;
  },
  /** One argument's title changed: a single-row UPDATE in its own (autocommit) transaction. */
  update: () => {
    const id = ids[k++ % ids.length];
    update.run(`Raw edit ${k}`, new Date().toISOString(), id);
  },
};
const op = ops[mode];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];
for (let i = 0; i < 5; i++) op(); // warm, like the server's warm-up requests
const p50 = [];
const p95 = [];
for (let r = 0; r < Number(rounds); r++) {
  const ms = [];
  for (let i = 0; i < Number(perRound); i++) {
    const t = performance.now();
    op();
    ms.push(performance.now() - t);
  }
  p50.push(pct(ms, 50));
  p95.push(pct(ms, 95));
}
console.log(`RESULT ${JSON.stringify({ p50, p95, bytes })}`);
