import "server-only";
import type { DebateState, SourceState } from "@/lib/domain/changes";
import type { EdgeDto, NodeDto, Op, RestoreInput } from "@/lib/domain/schemas";
import { Visibility } from "@/lib/domain/vocabulary-schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import type { Tx } from "../db";
import { applyOp, type OpResult } from "../graph-writes";
import { toEdgeDto, toNodeDto, toSourceSummary } from "../mappers";
import { editSource } from "../sources/update-source";
import { withTx } from "../tx";
import { KINDS, sourceTextsAt, statesAt } from "./state-at";

const fields = ({ id: _i, version: _v, ...f }: NodeDto) => f;
const SOURCE_META = ["title", "author", "qualifications", "publication", "date", "url", "attribution"] as const;

/**
 * Put an argument, a connection or the whole debate back as it was just after change `seq`.
 * Restoring is itself a set of new changes (with history rows), so nothing is ever lost: a
 * restore can be restored away again. The whole debate includes its title, resolution and
 * description and the citations and texts of its sources (cards re-anchor as on any text edit).
 */
export async function restore(options: { user: SessionUser | null; debateId: string; input: RestoreInput }) {
  return withTx(async (tx) => {
    const { user } = await authorizeDebate(tx, options.debateId, options.user, "editor");
    const { seq } = options.input;
    const actorId = user.id;
    // Sources first: their text edits re-anchor cards, which the arguments' rewind then sets as recorded.
    if (options.input.scope === "debate") await rewindSources(tx, options.debateId, seq, actorId);
    const ops = await graphOps(tx, options.debateId, options.input);
    const ctx = { tx, debateId: options.debateId, actorId };
    const results: OpResult[] = [];
    for (const op of ops) results.push(await applyOp(ctx, op));
    if (options.input.scope === "debate") await rewindDebate(tx, options.debateId, seq, actorId);
    return { applied: ops.length, results };
  });
}

/** The graph operations that bring the arguments and connections in scope back to `seq`. */
async function graphOps(tx: Tx, debateId: string, input: RestoreInput): Promise<Op[]> {
  const { seq } = input;
  const nodeIds = input.scope === "node" ? [input.entityId] : input.scope === "debate" ? undefined : [];
  const edgeIds = input.scope === "edge" ? [input.entityId] : undefined;
  const nodeTargets =
    input.scope === "edge" ? new Map<string, NodeDto | null>() : await statesAt(tx, debateId, seq, KINDS.node, nodeIds);
  let edgeTargets = await statesAt(tx, debateId, seq, KINDS.edge, input.scope === "debate" ? undefined : edgeIds);
  if (input.scope === "node") {
    // Bring back the argument's connections as they were, too (a delete cascades to them).
    const nodeId = input.entityId;
    const all = await statesAt(tx, debateId, seq, KINDS.edge);
    edgeTargets = new Map([...all].filter(([, e]) => e && (e.source === nodeId || e.target === nodeId)));
  }
  const nowNodes = new Map((await tx.argNode.findMany({ where: { debateId } })).map((n) => [n.id, toNodeDto(n)]));
  const nowEdges = new Map((await tx.edge.findMany({ where: { debateId } })).map((e) => [e.id, toEdgeDto(e)]));

  const ops: Op[] = [];
  for (const [id, want] of edgeTargets) if (want === null && nowEdges.has(id)) ops.push({ op: "deleteEdge", id });
  for (const [id, want] of nodeTargets) {
    const cur = nowNodes.get(id);
    // Only what differs: an unchanged argument gets no new history row.
    if (want && cur && JSON.stringify(fields(want)) !== JSON.stringify(fields(cur)))
      ops.push({ op: "updateNode", id, version: cur.version, patch: fields(want) });
    else if (want && !cur) ops.push({ op: "createNode", node: { ...fields(want), id } });
  }
  const exists = (id: string) => (nodeTargets.has(id) ? nodeTargets.get(id) !== null : nowNodes.has(id));
  for (const [id, want] of edgeTargets) ops.push(...edgeOps(id, want, nowEdges.get(id), exists));
  for (const [id, want] of nodeTargets) if (want === null && nowNodes.has(id)) ops.push({ op: "deleteNode", id });
  return ops;
}

function edgeOps(id: string, want: EdgeDto | null, cur: EdgeDto | undefined, exists: (id: string) => boolean): Op[] {
  if (!want || !exists(want.source) || !exists(want.target)) return [];
  if (!cur)
    return [
      {
        op: "createEdge",
        edge: {
          id,
          source: want.source,
          target: want.target,
          relation: want.relation,
          position: want.position ?? null,
        },
      },
    ];
  return cur.relation !== want.relation || (cur.position ?? null) !== (want.position ?? null)
    ? [{ op: "updateEdge", id, version: cur.version, relation: want.relation, position: want.position ?? null }]
    : [];
}

/** The debate's title, resolution and description as they were; its change row has both sides. */
async function rewindDebate(tx: Tx, debateId: string, seq: number, actorId: string) {
  const want = (await statesAt(tx, debateId, seq, KINDS.debate, [debateId])).get(debateId);
  if (!want) return;
  const cur = await tx.debate.findUniqueOrThrow({ where: { id: debateId } });
  const before: DebateState = {
    id: cur.id,
    title: cur.title,
    resolution: cur.resolution,
    description: cur.description,
    visibility: Visibility.parse(cur.visibility),
    version: cur.version,
  };
  // Visibility stays: it is the owner's choice, and a restore is an editor's.
  const text = { title: want.title, resolution: want.resolution, description: want.description };
  await tx.debate.update({ where: { id: debateId }, data: { ...text, version: { increment: 1 } } });
  await recordChange(tx, {
    debateId,
    actorId,
    entity: "debate",
    entityId: debateId,
    action: "update",
    before,
    after: { ...before, ...text, version: cur.version + 1 },
    restoredTo: seq,
  });
}

/**
 * Sources back to their citations and texts as recorded at `seq` (a text is known from the first
 * later change of it: rows written before the change contract recorded no texts, and those
 * sources keep theirs). A source deleted since comes back when its text is known, so its cards can
 * too; sources added since are left in place.
 */
async function rewindSources(tx: Tx, debateId: string, seq: number, actorId: string) {
  const metas = await statesAt(tx, debateId, seq, KINDS.source);
  const texts = await sourceTextsAt(tx, debateId, seq);
  const ids = [...new Set([...metas.keys(), ...texts.keys()])];
  const now = await tx.source.findMany({ where: { debateId, id: { in: ids } } });
  for (const id of ids) {
    const meta = metas.get(id);
    const text = texts.get(id);
    if (meta && text !== undefined && !now.some((s) => s.id === id))
      await recreateSource(tx, { debateId, actorId, seq, meta, text });
  }
  for (const before of now) {
    const meta = metas.get(before.id);
    if (meta === null) continue;
    const patch: Partial<Record<(typeof SOURCE_META)[number] | "text", string>> = {};
    for (const k of SOURCE_META) if (meta && meta[k] !== before[k]) patch[k] = meta[k];
    const text = texts.get(before.id);
    if (text !== undefined && text !== before.text) patch.text = text;
    if (Object.keys(patch).length) await editSource(tx, { before, patch, actorId, restoredTo: seq });
  }
}

async function recreateSource(
  tx: Tx,
  options: { debateId: string; actorId: string; seq: number; meta: SourceState; text: string },
) {
  const { id, title, author, qualifications, publication, date, url, attribution } = options.meta;
  const row = await tx.source.create({
    data: {
      id,
      debateId: options.debateId,
      title,
      author,
      qualifications,
      publication,
      date,
      url,
      attribution,
      text: options.text,
    },
  });
  const after = { ...toSourceSummary({ ...row, length: row.text.length, cardCount: 0 }), text: row.text };
  await recordChange(tx, {
    debateId: options.debateId,
    actorId: options.actorId,
    entity: "source",
    entityId: id,
    action: "create",
    after,
    restoredTo: options.seq,
  });
}
