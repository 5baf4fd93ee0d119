import "server-only";
import { newCardFields } from "@/lib/domain/cite";
import { sideInSpeech } from "@/lib/domain/sides";
import type { CutCardInput, EdgeDto, NodeDto } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { AppError, notFound } from "../errors";
import { applyOp, newId } from "../graph-writes";
import { placeAnswer } from "../nodes/place-node";
import { toNodeDto } from "../mappers";
import { withTx } from "../tx";

const invalid = (field: string, message: string) =>
  new AppError("validation_failed", message, { fieldErrors: { [field]: [message] } });

/**
 * Cut a card: a span of a source becomes an evidence node (tag, cite, quote with its anchor and
 * highlights) linked to the argument it supports or attacks, both in one transaction.
 */
export async function cutCard(options: {
  user: SessionUser | null;
  sourceId: string;
  input: CutCardInput;
}): Promise<{ node: NodeDto; edge: EdgeDto }> {
  const i = options.input;
  return withTx(async (tx) => {
    const src = await tx.source.findUnique({ where: { id: options.sourceId } });
    if (!src) throw notFound("source");
    const { user } = await authorizeDebate(tx, src.debateId, options.user, "editor");
    if (i.end <= i.start) throw invalid("end", "the selection is empty");
    if (i.end > src.text.length)
      throw invalid(
        "end",
        `the selection ends at ${i.end}, past the end of the source (${src.text.length} characters)`,
      );
    if (src.text.slice(i.start, i.end) !== i.quote)
      throw invalid("quote", "the quote does not match the source text at that range");
    if (i.highlights.some((h) => h.end > i.quote.length))
      throw invalid("highlights", "a highlight lies outside the quote");
    const targetRow = await tx.argNode.findUnique({ where: { id: i.targetId } });
    if (!targetRow || targetRow.debateId !== src.debateId)
      throw invalid("targetId", "the target argument is not in this debate");
    const target = toNodeDto(targetRow);
    if (target.kind === "evidence")
      throw invalid("targetId", "a card supports or attacks a claim or rebuttal, not another card");

    const side = sideInSpeech(i.relation, target.side, i.speech ?? null);
    const ctx = { tx, debateId: src.debateId, actorId: user.id };
    const id = newId();
    const { node } = await applyOp(ctx, {
      op: "createNode",
      node: {
        id,
        kind: "evidence",
        side,
        role: null,
        speech: i.speech,
        responseType: i.relation === "rebuts" ? "answer" : null,
        title: i.tag,
        body: "",
        position: await placeAnswer(tx, targetRow, {
          position: { x: 0, y: 0 },
          title: i.tag,
          kind: "evidence",
          evidence: { quote: i.quote },
        }),
        evidence: { ...newCardFields(src, i, i.cite), highlights: i.highlights },
      },
    });
    const { edge } = await applyOp(ctx, {
      op: "createEdge",
      edge: { source: id, target: target.id, relation: i.relation },
    });
    return { node: node!, edge: edge! };
  });
}
