import "server-only";
import { readChange, type Change } from "@/lib/domain/changes";
import type { Tx } from "../db";

/** An entity kind a restore rewinds, and how to find its states in a change read off the log. */
type Kind<S> = {
  entity: "node" | "edge" | "debate" | "source";
  sides: (c: Change) => { before: S | null; after: S | null } | undefined;
};

export const KINDS = {
  node: { entity: "node", sides: (c: Change) => (c.entity === "node" ? c : undefined) },
  edge: { entity: "edge", sides: (c: Change) => (c.entity === "edge" ? c : undefined) },
  debate: { entity: "debate", sides: (c: Change) => (c.entity === "debate" ? c : undefined) },
  source: { entity: "source", sides: (c: Change) => (c.entity === "source" ? c : undefined) },
} as const;

const COLUMNS = { entityId: true, entity: true, action: true, before: true, after: true, schemaVersion: true } as const;

/** The readable change of this kind a row holds, or undefined for a row the log cannot read. */
function sidesOf<S>(row: Parameters<typeof readChange>[0], kind: Kind<S>) {
  const c = readChange(row);
  return "unreadable" in c ? undefined : kind.sides(c);
}

/**
 * What entities looked like just after change `seq`, read off the change log: the first change
 * after `seq` tells it — a create means it did not exist yet (null); anything else carries the old
 * state in its before. An id left out of the map is as it is now: nothing changed since, or the
 * log cannot tell (a row it cannot read; then the after of the last change up to `seq` is used,
 * if that one is readable).
 */
export async function statesAt<S>(
  tx: Tx,
  debateId: string,
  seq: number,
  kind: Kind<S>,
  ids?: string[],
): Promise<Map<string, S | null>> {
  const later = await tx.change.findMany({
    where: { debateId, entity: kind.entity, seq: { gt: seq }, ...(ids ? { entityId: { in: ids } } : {}) },
    orderBy: { seq: "asc" },
    select: { ...COLUMNS, seq: true },
  });
  const out = new Map<string, S | null>();
  const seen = new Set<string>();
  const unknown: string[] = [];
  for (const row of later) {
    if (seen.has(row.entityId)) continue;
    seen.add(row.entityId);
    const sides = sidesOf(row, kind);
    if (!sides) unknown.push(row.entityId);
    else out.set(row.entityId, row.action === "create" ? null : sides.before);
  }
  if (unknown.length) for (const [id, state] of await statesUpTo(tx, debateId, seq, kind, unknown)) out.set(id, state);
  return out;
}

/** The after of each entity's last change up to `seq`, where that change is readable. */
async function statesUpTo<S>(tx: Tx, debateId: string, seq: number, kind: Kind<S>, ids: string[]) {
  const rows = await tx.change.findMany({
    where: { debateId, entity: kind.entity, seq: { lte: seq }, entityId: { in: ids } },
    orderBy: { seq: "desc" },
    select: COLUMNS,
  });
  const out = new Map<string, S | null>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.entityId)) continue;
    seen.add(row.entityId);
    const sides = sidesOf(row, kind);
    if (sides) out.set(row.entityId, sides.after);
  }
  return out;
}

/**
 * Source texts just after change `seq`. A source's text is recorded only by the changes that alter
 * it, so it is the before of the first such change after `seq`. Ids left out kept their text.
 */
export async function sourceTextsAt(tx: Tx, debateId: string, seq: number): Promise<Map<string, string>> {
  const later = await tx.change.findMany({
    where: { debateId, entity: "source", seq: { gt: seq } },
    orderBy: { seq: "asc" },
    select: COLUMNS,
  });
  const out = new Map<string, string>();
  const settled = new Set<string>();
  for (const row of later) {
    if (settled.has(row.entityId)) continue;
    const c = sidesOf(row, KINDS.source);
    if (!c) continue;
    if (row.action === "create") settled.add(row.entityId);
    else if (c.before?.text !== undefined) {
      settled.add(row.entityId);
      out.set(row.entityId, c.before.text);
    }
  }
  return out;
}
