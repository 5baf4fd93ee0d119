import "server-only";
import { describeSpan } from "@/lib/domain/anchoring";
import { revealShows } from "@/lib/domain/seminar";
import type { Evidence } from "@/lib/domain/schemas";
import { buildCite } from "@/lib/domain/cite";
import type { ArgNode, Seminar } from "@/generated/prisma/client";
import type { Role, Speech } from "@/lib/domain/vocabulary";
import type { Tx } from "../db";
import { AppError } from "../errors";

const notVisible = (field: string) =>
  new AppError("validation_failed", "that argument is not on your map", {
    fieldErrors: { [field]: ["not on your map"] },
  });

/**
 * An argument a student may attach to: in the debate and visible to them (revealed, or one of
 * this seminar's contributions). Hidden arguments answer exactly like missing ones.
 */
export async function visibleTarget(tx: Tx, s: Seminar, nodeId: string, field: string): Promise<ArgNode> {
  const node = await tx.argNode.findUnique({
    where: { id: nodeId },
    include: { seminarContributions: { select: { seminarId: true } } },
  });
  if (!node || node.debateId !== s.debateId) throw notVisible(field);
  const seminars = node.seminarContributions.map((c) => c.seminarId);
  if (seminars.includes(s.id)) return node;
  if (seminars.length === 0 && revealShows(node as { speech: Speech | null; role: Role | null }, s.revealed))
    return node;
  throw notVisible(field);
}

/**
 * A card from words a student quotes: found in the source at the offset they selected, else at
 * their first occurrence. Words that are not in the source are refused, never anchored loosely.
 */
export async function locateCard(
  tx: Tx,
  debateId: string,
  card: { sourceId: string; quote: string; start?: number },
): Promise<Evidence> {
  const src = await tx.source.findUnique({ where: { id: card.sourceId } });
  if (!src || src.debateId !== debateId)
    throw new AppError("validation_failed", "that source is not in this debate", {
      fieldErrors: { "card.sourceId": ["not in this debate"] },
    });
  const { quote } = card;
  const start =
    card.start !== undefined && src.text.slice(card.start, card.start + quote.length) === quote
      ? card.start
      : src.text.indexOf(quote);
  if (start < 0)
    throw new AppError(
      "validation_failed",
      `those exact words are not in “${src.title}”: select them in the source, or copy them exactly`,
      { fieldErrors: { "card.quote": ["not found in the source"] } },
    );
  // The same quote selector as a card cut in the reader: exact words plus their context.
  return {
    sourceId: src.id,
    ...describeSpan(src.text, start, start + quote.length),
    cite: buildCite(src),
    highlights: [],
    status: "exact",
  };
}
