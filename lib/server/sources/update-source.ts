import "server-only";
import { clampLayers } from "@/lib/domain/card-markup";
import { SourceDto, type NodeDto, type UpdateSourceInput } from "@/lib/domain/schemas";
import type { Source } from "@/generated/prisma/client";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import type { Tx } from "../db";
import { AppError, notFound } from "../errors";
import { markupColumns, toNodeDto, toSourceSummary } from "../mappers";
import { withTx } from "../tx";
import { reanchorCards } from "./reanchor-cards";

/**
 * Edit a source's citation or text. When the text changes every card re-finds its span (position,
 * then exact search, then fuzzy match on its context); a card that cannot be found is marked
 * orphaned with its stored quote kept, never moved to the wrong words. One transaction.
 */
export async function updateSource(options: { user: SessionUser | null; sourceId: string; input: UpdateSourceInput }) {
  const { version, ...patch } = options.input;
  if (patch.text !== undefined) patch.text = patch.text.replace(/\r\n?/g, "\n");
  return withTx(async (tx) => {
    const before = await tx.source.findUnique({ where: { id: options.sourceId } });
    if (!before) throw notFound("source");
    const { user } = await authorizeDebate(tx, before.debateId, options.user, "editor");
    if (before.version !== version) {
      const cardCount = await tx.argNode.count({ where: { sourceId: options.sourceId } });
      throw new AppError("conflict", "this source was changed by someone else; reload it and try again", {
        current: toSourceSummary({ ...before, length: before.text.length, cardCount }),
      });
    }
    const { after, cards } = await editSource(tx, { before, patch, actorId: user.id });
    return { source: SourceDto.parse({ ...after, text: after.text }), cards };
  });
}

type SourcePatch = Omit<UpdateSourceInput, "version">;

/**
 * Change a source inside the caller's transaction, record it, and re-anchor its cards if the text
 * changed (a restore rewinds sources through here too, marking its changes with `restoredTo`).
 * The change row holds the text on both sides only when the text changed: it can be 2 MB.
 */
export async function editSource(
  tx: Tx,
  options: { before: Source; patch: SourcePatch; actorId: string; restoredTo?: number },
) {
  const { before, patch, actorId } = options;
  const cardsBefore = await tx.argNode.findMany({ where: { sourceId: before.id } });
  const textChanged = patch.text !== undefined && patch.text !== before.text;
  const stateOf = (s: Source) => ({
    ...toSourceSummary({ ...s, length: s.text.length, cardCount: cardsBefore.length }),
    ...(textChanged ? { text: s.text } : {}),
  });
  const res = await tx.source.updateMany({
    where: { id: before.id, version: before.version },
    data: { ...patch, version: { increment: 1 } },
  });
  if (res.count === 0)
    throw new AppError("conflict", "this source was changed by someone else; reload it and try again");
  const after = await tx.source.findUniqueOrThrow({ where: { id: before.id } });
  const mark = options.restoredTo === undefined ? {} : { restoredTo: options.restoredTo };
  await recordChange(tx, {
    debateId: after.debateId,
    actorId,
    entity: "source",
    entityId: after.id,
    action: "update",
    before: stateOf(before),
    after: stateOf(after),
    ...mark,
  });

  const moved: NodeDto[] = [];
  if (textChanged) {
    const cards = cardsBefore.map(toNodeDto);
    const results = await reanchorCards(
      after.text,
      cards.map((c) => c.evidence!),
    );
    for (const [i, card] of cards.entries()) {
      const r = results[i]!;
      const e = card.evidence!;
      const data =
        r.status === "orphaned"
          ? { anchorStatus: "orphaned" }
          : {
              anchorStatus: r.status,
              quote: r.anchor.quote,
              quoteStart: r.anchor.start,
              quoteEnd: r.anchor.end,
              prefix: r.anchor.prefix,
              suffix: r.anchor.suffix,
              // Highlights are offsets into the quote: keep those that still fit a re-found quote.
              highlights: JSON.stringify(e.highlights.filter((h) => h.end <= r.anchor.quote.length)),
              // …and so are the other markup layers and insertions.
              markup: markupColumns(clampLayers(e, r.anchor.quote.length)).markup,
            };
      const unchanged =
        r.status !== "orphaned" &&
        r.anchor.start === e.start &&
        r.anchor.end === e.end &&
        r.anchor.quote === e.quote &&
        e.status === r.status;
      if (unchanged || (r.status === "orphaned" && e.status === "orphaned")) continue;
      const row = await tx.argNode.update({ where: { id: card.id }, data: { ...data, version: { increment: 1 } } });
      const dto = toNodeDto(row);
      moved.push(dto);
      await recordChange(tx, {
        debateId: after.debateId,
        actorId,
        entity: "node",
        entityId: card.id,
        action: "update",
        before: card,
        after: dto,
        ...mark,
      });
    }
  }
  return {
    after: {
      ...toSourceSummary({ ...after, length: after.text.length, cardCount: cardsBefore.length }),
      text: after.text,
    },
    cards: moved,
  };
}
