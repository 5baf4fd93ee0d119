import { CHANGE_SCHEMA_VERSION, LiveEvent } from "@/lib/domain/changes";
import { applyOps, diffGraphs, type Graph } from "@/lib/domain/graph";
import type { DebateDto, EdgeDto, NodeDto, Op } from "@/lib/domain/schemas";
import { ApiError } from "@/lib/client/api";
import type { EditorTransport, OpResult } from "./editor-sync";

export const node = (id: string, x: number, extra: Partial<NodeDto> = {}): NodeDto => ({
  id,
  kind: "claim",
  side: "aff",
  role: null,
  speech: null,
  responseType: null,
  title: `Title ${id}`,
  body: "",
  position: { x, y: 0 },
  version: 1,
  evidence: null,
  ...extra,
});
export const edge = (id: string, source: string, target: string): EdgeDto => ({
  id,
  source,
  target,
  relation: "rebuts",
  version: 1,
});

export function debateOf(nodes: NodeDto[], edges: EdgeDto[], seq = 0): DebateDto {
  return {
    id: "d1",
    title: "T",
    resolution: "",
    description: "",
    visibility: "private",
    ownerId: "u",
    ownerName: "U",
    role: "owner",
    nodeCount: nodes.length,
    version: 1,
    updatedAt: new Date(0).toISOString(),
    seq,
    nodes,
    edges,
    sources: [],
  };
}

type Pending = { ops: Op[]; resolve: () => void };

/**
 * A server in memory, in the style of tldraw's TestEditor: it applies batches with the domain's
 * own rules, refuses stale writes with a 409 carrying its row (as the real one does), logs every
 * change with a seq, and answers only when the test says so (or at once, with `autoAnswer`).
 */
export class FakeServer {
  graph: Graph;
  seq: number;
  log: LiveEvent[] = [];
  sent: Op[][] = [];
  autoAnswer = false;
  private waiting: Pending[] = [];
  private refusals: Error[] = [];

  constructor(debate: DebateDto) {
    this.graph = { nodes: debate.nodes, edges: debate.edges };
    this.seq = debate.seq;
  }

  readonly transport: EditorTransport = {
    sendOps: async (_debateId, ops) => {
      this.sent.push(ops);
      if (!this.autoAnswer) await new Promise<void>((resolve) => this.waiting.push({ ops, resolve }));
      const refusal = this.refusals.shift();
      if (refusal) throw refusal;
      return this.apply(ops);
    },
  };

  /** Refuse the next batch with this error instead of applying it. */
  refuseNext(err: Error = new ApiError(422, "invalid", "not allowed")): void {
    this.refusals.push(err);
  }

  /** Let the oldest waiting batch through; resolves when the store has taken the answer. */
  async answer(): Promise<void> {
    const next = this.waiting.shift();
    if (!next) throw new Error("no batch is waiting");
    next.resolve();
    await flush();
  }

  get pending(): number {
    return this.waiting.length;
  }

  /** Apply a batch as the real server does: stale versions are refused, every row change is logged. */
  apply(ops: Op[]): OpResult[] {
    for (const op of ops) {
      if (op.op !== "updateNode" && op.op !== "deleteNode") continue;
      const cur = this.graph.nodes.find((n) => n.id === op.id);
      if (cur && op.version !== undefined && op.version !== cur.version) {
        throw new ApiError(409, "conflict", `this argument was changed by someone else (now version ${cur.version})`, {
          current: cur,
        });
      }
    }
    const before = this.graph;
    this.graph = applyOps(before, ops);
    for (const c of diffGraphs(before, this.graph)) {
      const action = !c.before ? "create" : !c.after ? "delete" : "update";
      // Through the contract, as the real server builds its events.
      this.log.push(
        LiveEvent.parse({
          v: CHANGE_SCHEMA_VERSION,
          seq: ++this.seq,
          at: new Date(0).toISOString(),
          actorId: null,
          entity: c.type,
          entityId: c.id,
          action,
          after: c.after ?? null,
        }),
      );
    }
    const row = (id: string) => this.graph.nodes.find((n) => n.id === id);
    const edgeRow = (id: string) => this.graph.edges.find((e) => e.id === id);
    return ops.map((op): OpResult => {
      if (op.op === "createNode") return { node: row(op.node.id!) };
      if (op.op === "updateNode") return { node: row(op.id) };
      if (op.op === "createEdge") return { edge: edgeRow(op.edge.id!) };
      if (op.op === "updateEdge") return { edge: edgeRow(op.id) };
      return {
        deleted: { nodes: op.op === "deleteNode" ? [op.id] : [], edges: op.op === "deleteEdge" ? [op.id] : [] },
      };
    });
  }

  /** Someone else's batch: applied here, its events returned (and logged) for the test to deliver. */
  someoneElse(ops: Op[]): LiveEvent[] {
    const from = this.log.length;
    this.apply(ops);
    return this.log.slice(from);
  }

  /** What a stream opened with `?since=` replays. */
  eventsSince(seq: number): LiveEvent[] {
    return this.log.filter((e) => e.seq > seq);
  }

  rowOf(id: string): NodeDto | undefined {
    return this.graph.nodes.find((n) => n.id === id);
  }
}

/** Let queued promise callbacks (the sync layer's) run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}
