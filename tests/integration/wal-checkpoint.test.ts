// The app's SQLite connection leaves checkpoints to the worker (lib/db/wal-checkpointer.ts): it
// never folds the write-ahead log in on a commit, and the worker keeps the log from growing.
import { readFile } from "node:fs/promises";
import { endianness } from "node:os";
import { describe, expect, it } from "vitest";
import { UpdateNodeInput } from "@/lib/domain/schemas";
import { dbReady, isPostgres, walCheckpoints } from "@/lib/server/db";
import { sqliteFile } from "@/lib/server/sqlite-file";
import { loadEnv } from "@/lib/env";
import { updateNode } from "@/lib/server/nodes/update-node";
import { db, makeDebate } from "./helpers";

const autocheckpoint = async () =>
  Number(Object.values((await db.$queryRawUnsafe<Record<string, unknown>[]>("PRAGMA wal_autocheckpoint"))[0]!)[0]);

/** The worker has started and the app's connection no longer checkpoints on commit. */
async function expectWorkerCheckpoints(): Promise<void> {
  await dbReady();
  await expect.poll(walCheckpoints, { timeout: 10_000, interval: 100 }).toBe("worker");
  expect(await autocheckpoint()).toBe(0);
}

if (!isPostgres)
  describe("SQLite's checkpoints, off the request path", () => {
    it("the app's connection does not checkpoint on commit while the worker runs", async () => {
      await expectWorkerCheckpoints();
    });

    it("the worker folds the log in, so it starts over instead of growing with the edits", async () => {
      await expectWorkerCheckpoints();
      const f = await makeDebate({});
      let version = 1;
      // Well past SQLite's own threshold of 1,000 pages, which no commit of the app's now crosses.
      for (let i = 0; i < 600; i++) {
        const node = await updateNode({
          user: f.owner,
          nodeId: f.nodes.a,
          input: UpdateNodeInput.parse({ version, title: `Edit ${i} ${"x".repeat(480)}` }),
        });
        version = node.version;
      }
      // The log's shared index (SQLite's documented "-shm" layout, native byte order): frames in
      // the log (mxFrame) and frames copied into the database (nBackfill). Read from the file, so
      // nothing here checkpoints; the app's connection does not either (above).
      const shm = `${sqliteFile(loadEnv().DATABASE_URL)}-shm`;
      const index = async () => {
        const b = await readFile(shm);
        const u32 = (at: number) => (endianness() === "LE" ? b.readUInt32LE(at) : b.readUInt32BE(at));
        return { frames: u32(16), copied: u32(96) };
      };
      await expect
        .poll(index, { timeout: 10_000, interval: 100 })
        .toSatisfy((i: { frames: number; copied: number }) => i.frames > 0 && i.copied === i.frames);
      const folded = await index();
      expect(folded.frames).toBeGreaterThan(0);
      expect(folded.copied).toBe(folded.frames);
      // Every frame copied: the next commit writes the log from its start.
      await updateNode({ user: f.owner, nodeId: f.nodes.a, input: UpdateNodeInput.parse({ version, title: "Last" }) });
      expect((await index()).frames).toBeLessThan(50);
    });
  });

if (isPostgres)
  describe("PostgreSQL's checkpoints", () => {
    it("are the server's own: no worker, no pragma", async () => {
      await dbReady();
      expect(walCheckpoints()).toBe("server");
    });
  });
