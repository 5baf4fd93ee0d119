// Baseline for AIF import and export: arguebuf (the recap-utr argument-graph library) loads and
// dumps the AIF, and better-sqlite3 writes or reads the same rows with plain prepared statements
// on the same database and tables Clash uses, in one transaction. Plain JS: arguebuf lives in
// bench/node_modules, outside the app's typecheck. Prints `RESULT {"ms": [...]}`.
// Usage: node bench/baselines/aif-arguebuf.mjs import <file.aif.json> <db file> <runs>
//        node bench/baselines/aif-arguebuf.mjs export <file.aif.json> <db file> <runs> <debateId>
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import * as arguebuf from "arguebuf";

const [mode, file, dbFile, runs, debateId] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
const db = new Database(dbFile);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
const owner = db.prepare(`SELECT "id" FROM "user" LIMIT 1`).pluck().get();
const now = new Date().toISOString().replace(/Z$/, "+00:00");

const insertDebate = db.prepare(
  `INSERT INTO "Debate" ("id", "title", "ownerId", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?)`,
);
const insertNode = db.prepare(
  `INSERT INTO "ArgNode" ("id", "debateId", "kind", "side", "title", "x", "y", "createdById", "createdAt", "updatedAt") VALUES (?, ?, 'claim', 'neutral', ?, 0, 0, ?, ?, ?)`,
);
const insertEdge = db.prepare(
  `INSERT INTO "Edge" ("id", "debateId", "relation", "sourceId", "targetId", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
);

let seq = 0;
/** File → arguebuf graph → rows: an I-node per argument, a scheme node's premise → conclusion per connection. */
function importOnce() {
  const graph = arguebuf.load.aif(JSON.parse(text).AIF);
  const id = `raw-${process.pid}-${seq++}`;
  const key = (nodeId) => `${id}-${nodeId}`;
  const nodes = Object.values(graph.nodes);
  const incoming = new Map();
  const outgoing = new Map();
  for (const e of Object.values(graph.edges)) {
    (incoming.get(e.target) ?? incoming.set(e.target, []).get(e.target)).push(e.source);
    (outgoing.get(e.source) ?? outgoing.set(e.source, []).get(e.source)).push(e.target);
  }
  db.transaction(() => {
    insertDebate.run(id, "raw AIF import", owner, now, now);
    for (const n of nodes) if (n.type === "atom") insertNode.run(key(n.id), id, n.text.slice(0, 500), owner, now, now);
    for (const s of nodes) {
      if (s.type !== "scheme") continue;
      const relation = s.scheme?.case === "attack" ? "rebuts" : "supports";
      for (const from of incoming.get(s.id) ?? [])
        for (const to of outgoing.get(s.id) ?? [])
          insertEdge.run(key(s.id) + from, id, relation, key(from), key(to), now, now);
    }
  })();
}

const graphForDump = mode === "export" ? arguebuf.load.aif(JSON.parse(text).AIF) : null;
const selectNodes = db.prepare(`SELECT * FROM "ArgNode" WHERE "debateId" = ? ORDER BY "createdAt", "id"`);
const selectEdges = db.prepare(`SELECT * FROM "Edge" WHERE "debateId" = ? ORDER BY "createdAt", "id"`);
/** Stored rows → file: the same rows read raw, and arguebuf dumping the same graph as AIF. */
function exportOnce() {
  const rows = { nodes: selectNodes.all(debateId), edges: selectEdges.all(debateId) };
  if (rows.nodes.length === 0) throw new Error(`no rows for debate ${debateId}`);
  return JSON.stringify(arguebuf.dump.aif(graphForDump)).length + JSON.stringify(rows).length;
}

const fn = mode === "import" ? importOnce : exportOnce;
fn(); // warm-up, as the Clash side gets
const ms = [];
for (let i = 0; i < Number(runs); i++) {
  const t = performance.now();
  fn();
  ms.push(performance.now() - t);
}
console.log(`RESULT ${JSON.stringify({ ms })}`);
