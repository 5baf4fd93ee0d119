// Imports off the request thread: parsing in the worker pool with a time budget, background jobs
// with progress and cancel, per-user and total limits, and nothing left behind on any failure.
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { PACKED_HEADER, PACKING } from "@/lib/domain/packing";
import { checkHealth } from "@/lib/server/check-health";
import { retryAfterHeader } from "@/lib/server/http";
import { authorizeImport } from "@/lib/server/imports/authorize-import";
import { bulkInsert, type SqlValue } from "@/lib/server/imports/bulk-insert";
import { ImportCancelled, importAuthorized, type ImportProgress } from "@/lib/server/imports/import-debate";
import { cancelImportJob, getImportJob, startImportJob, type ImportJobDto } from "@/lib/server/imports/import-jobs";
import { acquireImportSlot, importsRunning } from "@/lib/server/imports/import-slots";
import { receiveImport } from "@/lib/server/imports/receive-import";
import { ImportQuery } from "@/lib/server/imports/read-import-body";
import { countsOf, db, expectAppError, makeDebate, makeUser } from "./helpers";

/** An Argdown map of `n` claims, each supporting the one before (parses in seconds at a few thousand). */
function argdown(n: number): string {
  const lines = ["# Generated", "", "[c0]: The root claim."];
  for (let i = 1; i < n; i++) lines.push("", `[c${i}]: Claim number ${i} gives a reason.`, `  +> [c${i - 1}]`);
  return lines.join("\n") + "\n";
}

const ownedDebates = (userId: string) => db.debate.count({ where: { ownerId: userId } });

/** Wait for a job to leave "running" by polling its state as the Import dialog does. */
async function settle(userId: string, id: string): Promise<ImportJobDto> {
  for (;;) {
    const job = getImportJob(userId, id);
    if (job.status !== "running") return job;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("imports in the worker pool", () => {
  it("an async job reports parsing, then writing N of M, then the result; only its user can see it", async () => {
    const user = await makeUser("async");
    const stranger = await makeUser("stranger");
    const release = acquireImportSlot(user.id);
    const text = argdown(300);
    const job = startImportJob(await authorizeImport(user), { format: "argdown", text }, release);
    expect(job).toMatchObject({ status: "running", bytes: Buffer.byteLength(text), progress: { phase: "parsing" } });
    expect(() => getImportJob(stranger.id, job.id)).toThrow(/not found/);

    const seen = new Set<string>();
    let last: ImportJobDto;
    for (;;) {
      last = getImportJob(user.id, job.id);
      seen.add(last.progress.phase);
      if (last.status !== "running") break;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(last.status).toBe("done");
    expect(seen.has("parsing")).toBe(true);
    expect(last.result?.report.counts.nodes).toBe(300);
    const debateId = last.result!.debate.id;
    expect((await countsOf(debateId)).nodes).toBe(300);
    // The slot went back when the job ended.
    expect(importsRunning().total).toBe(0);
  });

  it("progress counts every row written, in bounded steps, up to the total", async () => {
    const user = await makeUser("progress");
    const steps: ImportProgress[] = [];
    const r = await importAuthorized(
      await authorizeImport(user),
      { format: "argdown", text: argdown(1_200) },
      { onProgress: (p) => steps.push(p) },
    );
    const writing = steps.filter((s): s is Extract<ImportProgress, { phase: "writing" }> => s.phase === "writing");
    expect(steps[0]).toEqual({ phase: "parsing" });
    expect(writing.length).toBeGreaterThan(3);
    const total = writing[0]!.total;
    // 1,200 arguments, 1,199 connections, and a change row for each.
    expect(total).toBe(2 * (1_200 + 1_199));
    expect(writing.at(-1)!.written).toBe(total);
    expect(writing.map((w) => w.written)).toEqual([...writing.map((w) => w.written)].sort((a, b) => a - b));
    expect(r.report.counts).toMatchObject({ nodes: 1_200, edges: 1_199 });
  });

  it("cancelling while the worker parses terminates it and writes nothing", async () => {
    const user = await makeUser("cancel-parse");
    const job = startImportJob(
      await authorizeImport(user),
      { format: "argdown", text: argdown(20_000) },
      acquireImportSlot(user.id),
    );
    const after = await cancelImportJob(user.id, job.id);
    expect(after.status).toBe("cancelled");
    expect(after.result).toBeUndefined();
    expect(await ownedDebates(user.id)).toBe(0);
    expect(importsRunning().total).toBe(0);
  });

  it("cancelling while it writes rolls the whole import back, also into an existing debate", async () => {
    const f = await makeDebate({});
    const before = await countsOf(f.debateId);
    const controller = new AbortController();
    const p = importAuthorized(
      await authorizeImport(f.owner, f.debateId),
      { format: "argdown", text: argdown(2_000) },
      {
        signal: controller.signal,
        // Cancel after the first bounded statement has been written inside the transaction.
        onProgress: (s) => {
          if (s.phase === "writing" && s.written > 0) controller.abort();
        },
      },
    );
    await expect(p).rejects.toBeInstanceOf(ImportCancelled);
    expect(await countsOf(f.debateId)).toEqual(before);
  });

  it("a file that takes longer than the budget is stopped: 422 too_complex, nothing written", async () => {
    const user = await makeUser("budget");
    const err = await expectAppError(
      importAuthorized(await authorizeImport(user), { format: "argdown", text: argdown(20_000) }, { budgetMs: 50 }),
      "validation_failed",
    );
    expect(err.details).toMatchObject({ kind: "too_complex", reason: "budget" });
    expect(err.message).toMatch(/too complex to import/);
    expect(await ownedDebates(user.id)).toBe(0);
  });

  it("the server answers health checks while a large file parses in the worker", async () => {
    const user = await makeUser("health");
    const job = startImportJob(
      await authorizeImport(user),
      { format: "argdown", text: argdown(20_000) },
      acquireImportSlot(user.id),
    );
    // On the request thread this parse would hold the event loop until it ended; in the worker,
    // health answers (several times) while the job is still parsing.
    for (let i = 0; i < 3; i++) expect(await checkHealth()).toMatchObject({ status: "ok" });
    expect(getImportJob(user.id, job.id)).toMatchObject({ status: "running", progress: { phase: "parsing" } });
    expect((await cancelImportJob(user.id, job.id)).status).toBe("cancelled");
  });

  it("the rows are written in slices that give the event loop turns: a timer set as writing starts fires before it ends", async () => {
    const user = await makeUser("yields");
    let writes = 0;
    let timerAt: number | null = null;
    const r = await importAuthorized(
      await authorizeImport(user),
      { format: "argdown", text: argdown(1_200) },
      {
        onProgress: (p) => {
          if (p.phase !== "writing") return;
          // A health check, a GET or a PATCH waits for the loop just as this timer does.
          if (writes === 1) setTimeout(() => (timerAt = writes), 0);
          writes++;
        },
      },
    );
    expect(r.report.counts.nodes).toBe(1_200);
    expect(timerAt).not.toBeNull();
    // It fired with several slices still to write, not after the whole transaction.
    expect(timerAt!).toBeLessThan(writes - 3);
  });

  it("a write whose transaction has ended meanwhile (its timeout) stops, and leaves nothing behind", async () => {
    const f = await makeDebate({});
    const groups = Array.from({ length: 600 }, (_, i) => [
      `ended-${f.debateId}-${i}`,
      f.debateId,
      null,
      "block",
      "G",
      i,
    ]);
    const slow = (row: SqlValue[]) => {
      const until = performance.now() + 1; // each row takes a millisecond: a slice outlives the timeout
      while (performance.now() < until);
      return row;
    };
    await expect(
      db.$transaction(
        (tx) =>
          bulkInsert(tx, "NodeGroup", ["id", "debateId", "parentId", "kind", "title", "order"], groups, {
            toRow: slow,
          }),
        { timeout: 100 },
      ),
    ).rejects.toThrow();
    // Give a statement that escaped its transaction time to land, then look.
    await new Promise((r) => setTimeout(r, 800));
    expect(await db.nodeGroup.count({ where: { debateId: f.debateId } })).toBe(0);
  });

  it("a refused file fails its job with the reason, and the error carries no internal text", async () => {
    const user = await makeUser("refused");
    const job = startImportJob(
      await authorizeImport(user),
      { format: "aif", text: "{ not json" },
      acquireImportSlot(user.id),
    );
    const done = await settle(user.id, job.id);
    expect(done.status).toBe("failed");
    expect(done.error?.code).toBe("validation_failed");
    expect(done.error?.message).not.toMatch(/at \w+ \(|Error:/);
    expect(await ownedDebates(user.id)).toBe(0);
  });
});

describe("import limits", () => {
  const limits = { CLASH_IMPORTS_PER_USER: 1, CLASH_IMPORTS_TOTAL: 2 } as Parameters<typeof acquireImportSlot>[1];

  it("per user and in total: 429 with Retry-After, and a released slot can be taken again", async () => {
    const [a, b, c] = [await makeUser("a"), await makeUser("b"), await makeUser("c")];
    const releaseA = acquireImportSlot(a.id, limits);
    const perUser = (() => {
      try {
        acquireImportSlot(a.id, limits);
      } catch (e) {
        return e;
      }
    })() as Parameters<typeof retryAfterHeader>[0];
    expect(perUser.code).toBe("rate_limited");
    expect(retryAfterHeader(perUser)).toEqual({ "Retry-After": expect.stringMatching(/^\d+$/) });
    const releaseB = acquireImportSlot(b.id, limits);
    expect(() => acquireImportSlot(c.id, limits)).toThrow(/busy with other imports/);
    releaseA();
    releaseA(); // twice is harmless
    const releaseC = acquireImportSlot(c.id, limits);
    releaseB();
    releaseC();
    expect(importsRunning()).toEqual({ total: 0, byUser: 0 });
  });

  it("a request over the per-user limit is refused before its body is read", async () => {
    const user = await makeUser("limit-route");
    const access = await authorizeImport(user);
    const held = [acquireImportSlot(user.id), acquireImportSlot(user.id)];
    const req = new Request("http://localhost/api/debates/import", { method: "POST", body: argdown(5) });
    await expectAppError(receiveImport(access, req, ImportQuery.parse({ format: "argdown" }), 201), "rate_limited");
    expect(req.bodyUsed).toBe(false);
    for (const r of held) r();
  });

  it("a packed upload (x-clash-packed: deflate-raw) imports as the file itself; one that inflates past the cap is 413", async () => {
    const user = await makeUser("route-packed");
    const packed = (body: string | Uint8Array) =>
      new Request("http://localhost/api/debates/import", {
        method: "POST",
        headers: { [PACKED_HEADER]: PACKING },
        body: deflateRawSync(body),
      });
    const res = await receiveImport(await authorizeImport(user), packed(argdown(12)), ImportQuery.parse({}), 201);
    expect(res.status).toBe(201);
    const { report } = (await res.json()) as { report: { format: string; counts: { nodes: number } } };
    expect(report).toMatchObject({ format: "argdown", counts: { nodes: 12 } });
    // 21 MB of zeros packs to ~20 kB: refused at the cap as it inflates, nothing written.
    const owned = () => db.debate.count({ where: { ownerId: user.id } });
    expect(await owned()).toBe(1);
    const bomb = packed(new Uint8Array(21 * 1024 * 1024));
    await expectAppError(
      receiveImport(await authorizeImport(user), bomb, ImportQuery.parse({ format: "argdown" }), 201),
      "payload_too_large",
    );
    const cut = new Request("http://localhost/api/debates/import", {
      method: "POST",
      headers: { [PACKED_HEADER]: PACKING },
      body: deflateRawSync(argdown(3)).subarray(0, 20),
    });
    await expectAppError(receiveImport(await authorizeImport(user), cut, ImportQuery.parse({}), 201), "bad_request");
    expect(await owned()).toBe(1);
  });

  it("respond=async answers 202 with the job's address, and the job imports the body", async () => {
    const user = await makeUser("route-async");
    const req = new Request("http://localhost/api/debates/import", { method: "POST", body: argdown(10) });
    const res = await receiveImport(
      await authorizeImport(user),
      req,
      ImportQuery.parse({ format: "argdown", respond: "async" }),
      201,
    );
    expect(res.status).toBe(202);
    const job = (await res.json()) as ImportJobDto;
    expect(res.headers.get("Location")).toBe(`/api/imports/${job.id}`);
    const done = await settle(user.id, job.id);
    expect(done.status).toBe("done");
    expect(done.result?.report.counts.nodes).toBe(10);
  });
});
