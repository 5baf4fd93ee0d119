import type { RowChange } from "@/lib/domain/graph";
import type { EdgeDto, NodeDto, Op } from "@/lib/domain/schemas";
import { api, ApiError } from "@/lib/client/api";
import { receiveOwnRows, refuse, type EditorData, type Patch, type Refusal, type StackMove } from "./editor-state";

/** What the server answers for each op of a batch. */
export type OpResult = { node?: NodeDto; edge?: EdgeDto; deleted?: { nodes: string[]; edges: string[] } };

/**
 * How the editor talks to the server, injected so the store runs headless in tests. A refused
 * batch rejects with an ApiError (409 with `details.current` for a stale write).
 */
export interface EditorTransport {
  sendOps(debateId: string, ops: Op[]): Promise<OpResult[]>;
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
 * The sync layer: batches go to the server one at a time, in the order they were made (each
 * writes on the versions the one before produced). An answer's rows replace the optimistic ones;
 * a refusal rolls its batch back and, on a stale write, shows the conflict.
 */
export function createSync(options: {
  debateId: string;
  transport: EditorTransport;
  update: (fn: (s: EditorData) => Patch) => void;
}) {
  let queue: Promise<void> = Promise.resolve();
  return {
    send(batch: Batch): void {
      options.update((s) => ({ inFlight: s.inFlight + 1 }));
      queue = queue.then(async () => {
        try {
          const results = await options.transport.sendOps(options.debateId, batch.ops);
          options.update((s) =>
            receiveOwnRows(s, {
              nodes: results.flatMap((r) => (r.node ? [r.node] : [])),
              edges: results.flatMap((r) => (r.edge ? [r.edge] : [])),
            }),
          );
        } catch (err) {
          options.update((s) => refuse(s, batch.changes, refusalOf(err), batch.moved));
        } finally {
          options.update((s) => ({ inFlight: s.inFlight - 1 }));
        }
      });
    },
    /** Resolves once every batch sent so far has its answer. */
    settled(): Promise<void> {
      return queue;
    },
  };
}
