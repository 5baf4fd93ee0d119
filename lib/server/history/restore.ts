import "server-only";
import type { EdgeDto, NodeDto, Op, RestoreInput } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { applyOp, type OpResult } from "../graph-writes";
import { toEdgeDto, toNodeDto } from "../mappers";
import { withTx } from "../tx";
import { statesAt } from "./state-at";

const fields = ({ id: _i, version: _v, ...f }: NodeDto) => f;

/**
 * Put an argument, a connection or the whole debate back as it was just after change `seq`.
 * Restoring is itself a set of new changes (with history rows), so nothing is ever lost: a
 * restore can be restored away again. Sources are not rewound (their cards re-anchor instead).
 */
export async function restore(o: { user: SessionUser | null; debateId: string; input: RestoreInput }) {
  return withTx(async (tx) => {
    const { user } = await authorizeDebate(tx, o.debateId, o.user, "editor");
    const { seq } = o.input;
    const nodeIds = o.input.scope === "node" ? [o.input.entityId] : o.input.scope === "debate" ? undefined : [];
    const edgeIds = o.input.scope === "edge" ? [o.input.entityId] : undefined;
    const nodeTargets = o.input.scope === "edge" ? new Map<string, unknown>() : await statesAt(tx, o.debateId, seq, "node", nodeIds);
    let edgeTargets = await statesAt(tx, o.debateId, seq, "edge", o.input.scope === "debate" ? undefined : edgeIds);
    if (o.input.scope === "node") {
      // Bring back the argument's connections as they were, too (a delete cascades to them).
      const nodeId = o.input.entityId;
      const all = await statesAt(tx, o.debateId, seq, "edge");
      edgeTargets = new Map([...all].filter(([, e]) => e && ((e as EdgeDto).source === nodeId || (e as EdgeDto).target === nodeId)));
    }
    const nowNodes = new Map((await tx.argNode.findMany({ where: { debateId: o.debateId } })).map((n) => [n.id, toNodeDto(n)]));
    const nowEdges = new Map((await tx.edge.findMany({ where: { debateId: o.debateId } })).map((e) => [e.id, toEdgeDto(e)]));

    const ops: Op[] = [];
    for (const [id, want] of edgeTargets) if (want === null && nowEdges.has(id)) ops.push({ op: "deleteEdge", id });
    for (const [id, want] of nodeTargets) {
      const cur = nowNodes.get(id);
      // Only what differs: an unchanged argument gets no new history row.
      if (want && cur && JSON.stringify(fields(want as NodeDto)) !== JSON.stringify(fields(cur))) ops.push({ op: "updateNode", id, version: cur.version, patch: fields(want as NodeDto) });
      else if (want && !cur) ops.push({ op: "createNode", node: { ...fields(want as NodeDto), id } });
    }
    const exists = (id: string) => (nodeTargets.has(id) ? nodeTargets.get(id) !== null : nowNodes.has(id));
    for (const [id, want] of edgeTargets) {
      const w = want as EdgeDto | null;
      if (!w || !exists(w.source) || !exists(w.target)) continue;
      const cur = nowEdges.get(id);
      if (!cur) ops.push({ op: "createEdge", edge: { id, source: w.source, target: w.target, relation: w.relation } });
      else if (cur.relation !== w.relation) ops.push({ op: "updateEdge", id, version: cur.version, relation: w.relation });
    }
    for (const [id, want] of nodeTargets) if (want === null && nowNodes.has(id)) ops.push({ op: "deleteNode", id });

    const ctx = { tx, debateId: o.debateId, actorId: user.id };
    const results: OpResult[] = [];
    for (const op of ops) results.push(await applyOp(ctx, op));
    if (o.input.scope === "debate") {
      const d = (await statesAt(tx, o.debateId, seq, "debate", [o.debateId])).get(o.debateId) as { title: string; resolution: string; description: string } | null | undefined;
      if (d) {
        await tx.debate.update({ where: { id: o.debateId }, data: { title: d.title, resolution: d.resolution, description: d.description, version: { increment: 1 } } });
        await recordChange(tx, { debateId: o.debateId, actorId: user.id, entity: "debate", entityId: o.debateId, action: "update", after: { restoredTo: seq, title: d.title } });
      }
    }
    return { applied: ops.length, results };
  });
}
