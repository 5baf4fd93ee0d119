// A worker thread started ahead of an import (the Import dialog asks as it opens; an import
// request while its body arrives): who may ask, one thread however often asked, the task that
// follows runs on it rather than starting a second, and a running thread is kept alive.
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { POST as warmRoute } from "@/app/api/imports/warm/route";
import { warmImports } from "@/lib/server/imports/warm-imports";
import { GUEST_EMAIL_DOMAIN } from "@/lib/server/seminars/guest-account";
import { closeWorkerPools, runImportTask, warmWorkers, workerThreads } from "@/lib/server/workers/pool";
import { expectAppError, makeUser } from "./helpers";
import { call, ORIGIN } from "./route-matrix";

/** The route's handler as the matrix calls handlers (its params are typed narrower). */
const POST = warmRoute as unknown as Parameters<typeof call>[0];

const ARGDOWN = "# Warm\n\n[a]: A claim.\n  + [b]: A reason for it.\n";

// Before the imports: the environment is read once, when the database module loads.
const IDLE_MS = vi.hoisted(() => {
  vi.stubEnv("CLASH_IMPORT_WORKER_IDLE_MS", "3000");
  return 3_000;
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("an import worker warmed ahead of its task", () => {
  afterEach(closeWorkerPools);
  afterAll(() => vi.unstubAllEnvs());

  it("is asked for only by someone who may import", async () => {
    await expectAppError(warmImports(null), "unauthorized");
    const guest = { id: "guest-warm", name: "Guest", email: `guest-warm@${GUEST_EMAIL_DOMAIN}` };
    await expectAppError(warmImports(guest), "forbidden");
    expect(workerThreads()).toBe(0);
    await warmImports(await makeUser("warm"));
    await warmWorkers();
    expect(workerThreads()).toBe(1);
  });

  it("starts one thread however often it is asked, and none while one runs", async () => {
    expect(workerThreads()).toBe(0);
    await Promise.all([warmWorkers(), warmWorkers(), warmWorkers()]);
    expect(workerThreads()).toBe(1);
    await warmWorkers();
    expect(workerThreads()).toBe(1);
  });

  it("hands its thread to a task that arrives while it starts (no second thread)", async () => {
    expect(workerThreads()).toBe(0);
    const warming = warmWorkers();
    const result = await runImportTask({ format: "argdown", text: ARGDOWN, fileName: "warm.argdown" });
    await warming;
    expect(result.ok && result.value.plan.nodes.length).toBe(2);
    expect(workerThreads()).toBe(1);
  });

  it("keeps a running thread for another idle timeout each time it is asked, and lets it go when not", async () => {
    await warmWorkers();
    expect(workerThreads()).toBe(1);
    // Asked again before each timeout runs out: the thread outlives its first two timeouts.
    for (let i = 0; i < 4; i++) {
      await sleep(IDLE_MS * 0.6);
      expect(workerThreads()).toBe(1);
      await warmWorkers();
    }
    // Not asked: it exits once a whole timeout has passed.
    await vi.waitFor(() => expect(workerThreads()).toBe(0), { timeout: IDLE_MS * 3, interval: 100 });
  });

  it("does not queue behind a thread that is busy with a task", async () => {
    await warmWorkers();
    const task = runImportTask({ format: "argdown", text: ARGDOWN, fileName: "busy.argdown" });
    await warmWorkers(); // the one thread is busy: answered at once, nothing queued or started
    expect(workerThreads()).toBe(1);
    const result = await task;
    expect(result.ok).toBe(true);
    expect(workerThreads()).toBe(1);
  });

  it("answers 204 to a request with no body or `{}`, and refuses any other body before starting a thread", async () => {
    const user = await makeUser("warm-route");
    const noBody = await call(POST, "/api/imports/warm", "POST", user, {}, undefined, {});
    expect(noBody.status).toBe(204); // `call` sends "{}" when given no body
    expect((await call(POST, "/api/imports/warm", "POST", null, {})).status).toBe(401);
    await closeWorkerPools();
    const bare = await warmRoute(
      new Request(`${ORIGIN}/api/imports/warm`, { method: "POST", headers: { origin: ORIGIN } }),
      {
        params: Promise.resolve({}),
      },
    );
    expect(bare.status).toBe(401); // no body at all is accepted: the refusal is the missing session
    expect((await call(POST, "/api/imports/warm", "POST", user, {}, '{"format":"argdown"}')).status).toBe(422);
    expect((await call(POST, "/api/imports/warm", "POST", user, {}, "[1,2")).status).toBe(400);
    expect(workerThreads()).toBe(0);
  });
});
