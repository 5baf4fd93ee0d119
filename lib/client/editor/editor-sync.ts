import type { RowChange } from "@/lib/domain/graph";
import type { EdgeDto, NodeDto, Op } from "@/lib/domain/schemas";
import { api, ApiError } from "@/lib/client/api";
import { receiveOwnRows, refuse, type EditorData, type Patch, type Refusal, type StackMove } from "./editor-state";

/** What the server answers for each op of a batch. */
export type OpResult = { node?: NodeDto; edge?: EdgeDto; deleted?: { nodes: string[]; edges: string[] } };

/**
 * How the editor talks to the server, injected so the store runs headless in tests. A refused
 * batch rejects with an ApiError (409 with `details.current` for a stale write); a batch that
 * could not reach the server rejects with an ApiError of status 0.
 */
export interface EditorTransport {
  sendOps(debateId: string, ops: Op[]): Promise<OpResult[]>;
}

/**
 * Where edits the server has not acknowledged yet are kept, so a reload or a closed tab does not
 * lose them (IndexedDB in the browser, see pending-edits.ts; memory in tests). Each entry is one
 * batch's ops, in the order they were made, with the versions they were made on.
 */
export interface PendingStore {
  load(debateId: string): Promise<Op[][]>;
  save(debateId: string, batches: Op[][]): Promise<void>;
}

/** The real transport: the debate's ops endpoint. */
export const fetchTransport: EditorTransport = {
  async sendOps(debateId, ops) {
    const { results } = await api<{ results: OpResult[] }>(`/api/debates/${debateId}/ops`, {
      method: "POST",
      body: { ops },
    });
    return results;
  },
};

/** A batch applied locally and waiting for the server: what to undo if it is refused. */
export type Batch = { ops: Op[]; changes: RowChange[]; moved?: StackMove };

/** Why a send failed, as the state needs it: the message, and the server's row on a stale write. */
export function refusalOf(err: unknown): Refusal {
  if (!(err instanceof ApiError))
    return { message: err instanceof Error ? err.message : "the change could not be saved" };
  const details = err.details as { current?: NodeDto } | undefined;
  const current =
    err.status === 409 && details?.current && typeof details.current === "object" && "kind" in details.current
      ? details.current
      : undefined;
  return { message: err.message, current };
}

/**
 * The server was not reached (no network, or a proxy that could not reach it): the batch is
 * neither accepted nor refused, so it is kept and sent again, never rolled back.
 */
export function isUnreachable(err: unknown): boolean {
  return err instanceof ApiError && (err.status === 0 || err.status === 502 || err.status === 504);
}

/**
 * The sync layer: batches go to the server one at a time, in the order they were made (each
 * writes on the versions the one before produced). An answer's rows replace the optimistic ones;
 * a refusal rolls its batch back and, on a stale write, shows the conflict.
 *
 * While the server cannot be reached, batches stay queued (and kept in `pending`, which survives
 * a reload): the editor shows them as not yet saved, and `resume()` sends them in order when the
 * connection returns. Each still carries the versions it was made on, so one that clashes with a
 * change made meanwhile is refused with a 409 and becomes the conflict dialog, never an overwrite.
 */
export function createSync(options: {
  debateId: string;
  transport: EditorTransport;
  update: (fn: (s: EditorData) => Patch) => void;
  /** Kept edits to take back (after a reload) and where to keep unacknowledged ones. */
  pending?: PendingStore;
  /** Re-applies kept batches on the current state; returns those that still apply, in order. */
  restore?: (kept: Op[][]) => Batch[];
}) {
  const { debateId, transport, update, pending } = options;
  const queue: Batch[] = [];
  let offline = false;
  let draining: Promise<void> | null = null;
  // Kept edits are taken back before anything is sent or saved, so a new edit made while they
  // load neither overtakes them nor overwrites them in storage.
  const ready: Promise<void> = pending
    ? pending
        .load(debateId)
        .then((kept) => {
          const batches = kept.length && options.restore ? options.restore(kept) : [];
          queue.unshift(...batches);
          if (batches.length) update(() => ({ inFlight: queue.length, offline: false }));
        })
        .catch(() => undefined)
    : Promise.resolve();
  let saving = ready;
  const persist = () => {
    if (!pending) return;
    const snapshot = queue.map((b) => b.ops);
    saving = saving.then(() => pending.save(debateId, snapshot)).catch(() => undefined);
  };
  const count = () => update(() => ({ inFlight: queue.length }));

  async function drainQueue(): Promise<void> {
    await ready;
    while (queue.length && !offline) {
      const batch = queue[0]!;
      try {
        const results = await transport.sendOps(debateId, batch.ops);
        queue.shift();
        persist();
        update((s) =>
          receiveOwnRows(s, {
            nodes: results.flatMap((r) => (r.node ? [r.node] : [])),
            edges: results.flatMap((r) => (r.edge ? [r.edge] : [])),
          }),
        );
      } catch (err) {
        if (isUnreachable(err)) {
          offline = true;
          update(() => ({ offline: true }));
          break;
        }
        queue.shift();
        persist();
        update((s) => refuse(s, batch.changes, refusalOf(err), batch.moved));
      } finally {
        count();
      }
    }
  }

  const drain = (): Promise<void> => {
    draining ??= drainQueue().finally(() => {
      draining = null;
    });
    return draining;
  };
  // Send what a reload kept as soon as it is back in the queue.
  if (pending) void ready.then(() => (queue.length ? drain() : undefined));

  return {
    send(batch: Batch): void {
      queue.push(batch);
      persist();
      count();
      if (!draining) void drain();
      else void draining.then(() => (offline ? undefined : drain()));
    },
    /** The connection is back (or may be): send what is queued, in order. */
    resume(): Promise<void> {
      if (offline) {
        offline = false;
        update(() => ({ offline: false }));
      }
      return drain();
    },
    /** Resolves once every batch sent so far has its answer, or the server could not be reached. */
    async settled(): Promise<void> {
      await ready;
      while (draining) await draining;
      await saving;
    },
  };
}
