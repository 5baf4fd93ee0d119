import "server-only";
import { NODE_WIDTH } from "@/lib/domain/layout";
import { ANSWER_COLUMN, answerSpot, threadSpot, type Footprint } from "@/lib/domain/placement";
import type { Position } from "@/lib/domain/schemas";
import { NodeKind } from "@/lib/domain/vocabulary-schemas";
import type { Tx } from "../db";

/** The columns placement reads (position and what makes a card tall). */
const FOOTPRINT = { x: true, y: true, title: true, kind: true, quote: true } as const;
type FootprintRow = { x: number; y: number; title: string; kind: string; quote: string | null };
/**
 * No card is taller than this (titles are capped at 500 characters, about 440 px), so the lowest
 * card's bottom is among the cards whose top lies this close to the lowest top.
 */
const TALLEST = 2000;

function footprint(r: FootprintRow): Footprint {
  const kind = NodeKind.safeParse(r.kind).data ?? "claim";
  return { position: { x: r.x, y: r.y }, title: r.title, kind, evidence: r.quote === null ? null : { quote: r.quote } };
}

/**
 * Where a new answer to `target` goes (the domain's answerSpot): beside it, below its answers,
 * clear of every argument in that column, with room for the `newcomer` (a tall cut card).
 */
export async function placeAnswer(
  tx: Tx,
  target: FootprintRow & { id: string; debateId: string },
  newcomer?: Footprint,
): Promise<Position> {
  const x = target.x + ANSWER_COLUMN;
  // One query after the other: a transaction runs its statements in turn anyway.
  const answers = await tx.argNode.findMany({
    where: { outEdges: { some: { targetId: target.id } } },
    select: FOOTPRINT,
  });
  const column = await tx.argNode.findMany({
    where: { debateId: target.debateId, x: { gt: x - NODE_WIDTH, lt: x + NODE_WIDTH } },
    select: FOOTPRINT,
  });
  return answerSpot(footprint(target), answers.map(footprint), column.map(footprint), newcomer);
}

/** Where an argument that answers nothing goes: under the whole map, at its left edge. */
export async function placeThread(tx: Tx, debateId: string): Promise<Position> {
  const low = await tx.argNode.aggregate({ where: { debateId }, _max: { y: true }, _min: { x: true } });
  if (low._max.y === null) return { x: 0, y: 0 };
  const bottom = await tx.argNode.findMany({
    where: { debateId, y: { gte: low._max.y - TALLEST } },
    select: FOOTPRINT,
  });
  return threadSpot(bottom.map(footprint), Math.round(low._min.x ?? 0));
}
