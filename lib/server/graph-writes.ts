import "server-only";
import { randomUUID } from "node:crypto";
import { connectionError } from "@/lib/domain/graph";
import type { EdgeDto, NodeDto, Op } from "@/lib/domain/schemas";
import { RESOLUTION_CLAIM, type MemberRole } from "@/lib/domain/vocabulary";
import { authorizeLoaded, type Authorized } from "./access";
import type { SessionUser } from "./auth-guard";
import type { Tx } from "./db";
import { AppError, notFound } from "./errors";
import { nodeColumns, toEdgeDto, toNodeDto } from "./mappers";
import { recordChange } from "./change-log";
import { writeNodeColumns } from "./nodes/node-rows";

/** What one applied op produced; `deleted` lists every row removed (cascades included). */
export type OpResult = {
  node?: NodeDto;
  edge?: EdgeDto;
  deleted?: { nodes: string[]; edges: string[] };
};

type Ctx = { tx: Tx; debateId: string; actorId: string | null };

export function newId(): string {
  return randomUUID().replaceAll("-", "");
}

function conflict(what: string, current: NodeDto | EdgeDto): AppError {
  return new AppError(
    "conflict",
    `this ${what} was changed by someone else (now version ${current.version}); reload it and try again`,
    { current },
  );
}

async function loadNode({ tx, debateId }: Ctx, id: string, as: "path" | "body"): Promise<NodeDto> {
  const row = await tx.argNode.findUnique({ where: { id } });
  if (!row || row.debateId !== debateId) {
    if (as === "path") throw notFound("node");
    throw new AppError("validation_failed", `node ${id} is not in this debate`);
  }
  return toNodeDto(row);
}

async function loadEdge({ tx, debateId }: Ctx, id: string): Promise<EdgeDto> {
  const row = await tx.edge.findUnique({ where: { id } });
  if (!row || row.debateId !== debateId) throw notFound("edge");
  return toEdgeDto(row);
}

/**
 * Check a card against its source and decide its anchor status on the server: a span that
 * matches the source text is "exact"; one that no longer does keeps its stored quote as orphaned.
 */
async function checkEvidence(
  { tx, debateId }: Ctx,
  node: Pick<NodeDto, "kind" | "evidence">,
  before?: NodeDto["evidence"],
): Promise<NodeDto["evidence"]> {
  if (node.kind !== "evidence" && node.evidence) {
    throw new AppError("validation_failed", "only evidence nodes carry a card");
  }
  const e = node.evidence;
  if (!e) return null;
  const src = await tx.source.findUnique({ where: { id: e.sourceId }, select: { debateId: true, text: true } });
  if (!src || src.debateId !== debateId)
    throw new AppError("validation_failed", "the card's source is not in this debate");
  const matches = src.text.slice(e.start, e.end) === e.quote;
  // Same span as before (say, only highlights or the cite changed): keep how it was last found.
  const sameSpan =
    before &&
    before.sourceId === e.sourceId &&
    before.start === e.start &&
    before.end === e.end &&
    before.quote === e.quote;
  if (sameSpan && before.status && (before.status === "orphaned" || matches)) return { ...e, status: before.status };
  return { ...e, status: matches ? "exact" : "orphaned" };
}

/** Apply one op inside the caller's transaction, with version checks and a history row. */
export async function applyOp(ctx: Ctx, op: Op): Promise<OpResult> {
  const { tx, debateId, actorId } = ctx;
  switch (op.op) {
    case "createNode": {
      const { id, ...fields } = op.node;
      const evidence = await checkEvidence(ctx, fields);
      const row = await tx.argNode.create({
        data: {
          id: id ?? newId(),
          debateId,
          createdById: actorId,
          ...(nodeColumns({ ...fields, evidence }) as object),
          kind: fields.kind,
        },
      });
      const node = toNodeDto(row);
      await recordChange(tx, { debateId, actorId, entity: "node", entityId: node.id, action: "create", after: node });
      return { node };
    }
    case "updateNode":
      return updateNodeOp(ctx, op);
    case "deleteNode": {
      const before = await loadNode(ctx, op.id, "path");
      if (op.version !== undefined && before.version !== op.version) throw conflict("argument", before);
      const edgeRows = await tx.edge.findMany({ where: { OR: [{ sourceId: op.id }, { targetId: op.id }] } });
      for (const e of edgeRows) {
        await recordChange(tx, {
          debateId,
          actorId,
          entity: "edge",
          entityId: e.id,
          action: "delete",
          before: toEdgeDto(e),
        });
      }
      await tx.edge.deleteMany({ where: { id: { in: edgeRows.map((e) => e.id) } } });
      await tx.argNode.delete({ where: { id: op.id } });
      await recordChange(tx, { debateId, actorId, entity: "node", entityId: op.id, action: "delete", before });
      return { deleted: { nodes: [op.id], edges: edgeRows.map((e) => e.id) } };
    }
    case "createEdge": {
      const { id, source, target, relation, position } = op.edge;
      const [s, t] = [await loadNode(ctx, source, "body"), await loadNode(ctx, target, "body")];
      const existing = await tx.edge.findMany({
        where: { sourceId: source, targetId: target },
        select: { sourceId: true, targetId: true },
      });
      const err = connectionError(
        s,
        t,
        relation,
        existing.map((e) => ({ source: e.sourceId, target: e.targetId })),
      );
      if (err) throw new AppError(err.includes("already") ? "conflict" : "validation_failed", err);
      const row = await tx.edge.create({
        data: { id: id ?? newId(), debateId, sourceId: source, targetId: target, relation, position: position ?? null },
      });
      const edge = toEdgeDto(row);
      await recordChange(tx, { debateId, actorId, entity: "edge", entityId: edge.id, action: "create", after: edge });
      return { edge };
    }
    case "updateEdge": {
      const before = await loadEdge(ctx, op.id);
      if (before.version !== op.version) throw conflict("connection", before);
      // Both ends in one read (a connection's ends are always in its debate: they cascade).
      const ends = await tx.argNode.findMany({ where: { id: { in: [before.source, before.target] }, debateId } });
      const end = (id: string) => {
        const row = ends.find((n) => n.id === id);
        if (!row) throw new AppError("validation_failed", `node ${id} is not in this debate`);
        return toNodeDto(row);
      };
      const err = connectionError(end(before.source), end(before.target), op.relation, []);
      if (err) throw new AppError("validation_failed", err);
      // One statement writes and returns the row; the version in the filter refuses a lost update.
      const edge = toEdgeDto(
        await tx.edge
          .update({
            where: { id: op.id, version: op.version },
            data: {
              relation: op.relation,
              ...(op.position !== undefined ? { position: op.position } : {}),
              version: { increment: 1 },
            },
          })
          .catch(async (e: unknown) => {
            if ((e as { code?: string })?.code === "P2025") throw conflict("connection", await loadEdge(ctx, op.id));
            throw e;
          }),
      );
      await recordChange(tx, {
        debateId,
        actorId,
        entity: "edge",
        entityId: op.id,
        action: "update",
        before,
        after: edge,
      });
      return { edge };
    }
    case "deleteEdge": {
      const before = await loadEdge(ctx, op.id);
      if (op.version !== undefined && before.version !== op.version) throw conflict("connection", before);
      await tx.edge.delete({ where: { id: op.id } });
      await recordChange(tx, { debateId, actorId, entity: "edge", entityId: op.id, action: "delete", before });
      return { deleted: { nodes: [], edges: [op.id] } };
    }
  }
}

/**
 * Change an argument's fields at `op.version`, with its history row. `loaded` is the row as the
 * caller already read it in this transaction (then it is not read again).
 */
export async function updateNodeOp(
  ctx: Ctx,
  op: Extract<Op, { op: "updateNode" }>,
  loaded?: NodeDto,
): Promise<OpResult> {
  const { tx, debateId, actorId } = ctx;
  const before = loaded ?? (await loadNode(ctx, op.id, "path"));
  if (before.version !== op.version) throw conflict("argument", before);
  let patch = op.patch;
  // Only a patch that touches the kind or the card can change whether the card fits its source:
  // a title edit of a card does not read the source's text (up to megabytes) again.
  if (op.patch.kind !== undefined || op.patch.evidence !== undefined) {
    const evidence = await checkEvidence(ctx, { ...before, ...op.patch }, before.evidence);
    if (op.patch.evidence !== undefined) patch = { ...op.patch, evidence };
  }
  // One statement writes and returns the row; the version in the filter refuses a lost update.
  const node = await writeNodeColumns(tx, op.id, op.version, nodeColumns(patch));
  if (!node) throw conflict("argument", await loadNode(ctx, op.id, "path"));
  await recordChange(tx, { debateId, actorId, entity: "node", entityId: op.id, action: "update", before, after: node });
  if (retitlesResolution(before, op.patch))
    // The debate's resolution follows its resolution claim, as the claim follows Settings
    // (update-debate.ts); an undo of this edit passes here again and takes it back.
    await tx.debate.updateMany({
      where: { id: debateId, resolution: before.title },
      data: { resolution: node.title, version: { increment: 1 } },
    });
  return { node };
}

/** Whether a patch renames the map's resolution claim (a neutral thesis claim). */
export function retitlesResolution(before: NodeDto, patch: { title?: string }): boolean {
  return (
    patch.title !== undefined &&
    patch.title !== before.title &&
    before.kind === RESOLUTION_CLAIM.kind &&
    before.side === RESOLUTION_CLAIM.side &&
    before.role === RESOLUTION_CLAIM.role
  );
}

/**
 * Authorize a write addressed by an argument's or a connection's id: the debate it belongs to,
 * checked like authorizeDebate (a missing id is a 404).
 */
export async function authorizeHolder(
  tx: Tx,
  kind: "node" | "edge",
  id: string,
  user: SessionUser | null,
  needed: Exclude<MemberRole, "viewer">,
): Promise<Authorized<SessionUser>> {
  // One statement finds the argument (or connection) and its debate together: a write's first read.
  const row =
    kind === "node"
      ? await tx.argNode.findUnique({ where: { id }, select: { debate: true } })
      : await tx.edge.findUnique({ where: { id }, select: { debate: true } });
  if (!row) throw notFound(kind);
  return (await authorizeLoaded(tx, row.debate, user, needed)) as Authorized<SessionUser>;
}
