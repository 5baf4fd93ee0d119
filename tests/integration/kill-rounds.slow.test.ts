// kill -9 during concurrent writes: a child process runs four writers through the real use case;
// after a random number of acknowledged edits it is killed with SIGKILL. After each round the
// database passes its integrity check (SQLite) and every acknowledged edit is there. Slow (a
// process start per round): collected only with CLASH_SLOW_TESTS=1.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { isPostgres } from "@/lib/server/db";
import { db, makeDebate } from "./helpers";

const ROUNDS = 10;
/** The slice of better-sqlite3 used here (the package ships no types, as in lib/server/backup.ts). */
type Conn = { pragma(sql: string): unknown; close(): void };
const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string) => Conn;

function integrityOfFile(): unknown {
  const file = process.env.DATABASE_URL!.replace(/^file:/, "");
  const conn = new Database(file);
  try {
    return conn.pragma("integrity_check");
  } finally {
    conn.close();
  }
}

/** Run the writer until it has acknowledged `acks` edits, then SIGKILL it; the edits it acknowledged. */
function round(args: string[], acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const argv = ["--conditions=react-server", "--import", "tsx", "tests/integration/kill-writer.ts", ...args];
    const child = spawn(process.execPath, argv, { env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    const acked: string[] = [];
    let buffered = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const l of lines) if (l.startsWith("ack ")) acked.push(l.slice(4));
      if (acked.length >= acks && child.exitCode === null && !child.killed) child.kill("SIGKILL");
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve(acked);
      else reject(new Error(`the writer exited by itself (${code}): ${stderr.slice(0, 2000)}`));
    });
  });
}

describe("kill -9 during concurrent writes", () => {
  it(`loses no acknowledged edit over ${ROUNDS} rounds, and the database stays sound`, async () => {
    const f = await makeDebate({});
    const args = [f.debateId, f.owner.id, f.owner.name, f.owner.email];
    let total = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const acked = await round([...args, String(r)], 5 + Math.floor(Math.random() * 60));
      total += acked.length;
      // Checked on a fresh connection, as a restarted server would open the file after the crash.
      if (!isPostgres) expect(integrityOfFile()).toEqual([{ integrity_check: "ok" }]);
      const present = await db.argNode.findMany({ where: { id: { in: acked } }, select: { id: true, title: true } });
      expect(present.length, `round ${r}: acknowledged ${acked.length}, found ${present.length}`).toBe(acked.length);
      for (const n of present) expect(n.title).toBe(`ack ${n.id}`);
      // Each acknowledged edit is in the change log too (what history and live streams read).
      expect(await db.change.count({ where: { debateId: f.debateId, entityId: { in: acked } } })).toBe(acked.length);
    }
    console.log(`kill -9: ${ROUNDS} rounds, ${total} acknowledged edits, 0 lost`);
    expect(total).toBeGreaterThanOrEqual(ROUNDS * 5);
  }, 600_000);
});
