import "server-only";
import { readChange, toLiveEvent, type LiveEvent } from "@/lib/domain/changes";
import { readDb } from "../db";
import { sseEvent } from "../sse";

const BATCH = 500;
/** Entities whose changes can change who may read a debate (visibility, members, share links). */
const ACCESS_ENTITIES = new Set(["debate", "membership", "link"]);

/** One change, encoded once as an SSE `change` event. */
export type EncodedChange = { seq: number; event: LiveEvent; bytes: Uint8Array };

export type ChangeBatch = {
  changes: EncodedChange[];
  /** The seq read up to (rows that cannot be read are skipped, not re-read). */
  last: number;
  /** The batch was full: there may be more after `last`. */
  full: boolean;
  /** A change in it may have changed someone's access. */
  touchesAccess: boolean;
};

const g = globalThis as unknown as { clashChangeReads?: { count: number } };
const reads = (g.clashChangeReads ??= { count: 0 });

/** How many times the change log has been read for live streams (tests check fan-out with it). */
export function changeReads(): number {
  return reads.count;
}

const enc = new TextEncoder();

/** A live event as the bytes of an SSE `change` event. */
export function encodeLiveEvent(e: LiveEvent): Uint8Array {
  return enc.encode(sseEvent("change", e, e.seq));
}

/** The next batch of a debate's changes after `seq`, each encoded once as the SSE bytes every subscriber gets. */
export async function readChanges(debateId: string, seq: number): Promise<ChangeBatch> {
  reads.count++;
  const rows = await readDb.change.findMany({
    where: { debateId, seq: { gt: seq } },
    orderBy: { seq: "asc" },
    take: BATCH,
  });
  const changes = rows.flatMap((r) => {
    const e = toLiveEvent(readChange(r), { seq: r.seq, at: r.createdAt.toISOString(), actorId: r.actorId });
    return e ? [{ seq: e.seq, event: e, bytes: encodeLiveEvent(e) }] : [];
  });
  return {
    changes,
    last: rows.at(-1)?.seq ?? seq,
    full: rows.length === BATCH,
    touchesAccess: rows.some((r) => ACCESS_ENTITIES.has(r.entity)),
  };
}
