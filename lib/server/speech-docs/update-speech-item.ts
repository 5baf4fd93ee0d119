import "server-only";
import type { SpeechDocDto, UpdateSpeechItemInput } from "@/lib/domain/speech-doc-schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { AppError, notFound } from "../errors";
import { withTx } from "../tx";
import { loadDocDto, requireDoc, docState, recordDocChange } from "./speech-doc-dto";

/** Edit an analytic's text, or mark (or clear) where reading stopped in a card. Editors and owners. */
export async function updateSpeechItem({
  debateId,
  name,
  itemId,
  input,
  user: caller,
}: {
  user: SessionUser | null;
  debateId: string;
  name: string;
  itemId: string;
  input: UpdateSpeechItemInput;
}): Promise<SpeechDocDto> {
  return withTx(async (tx) => {
    await authorizeDebate(tx, debateId, caller, "editor");
    const doc = await requireDoc(tx, debateId, name);
    const item = await tx.speechDocItem.findUnique({ where: { id: itemId }, include: { node: true } });
    if (!item || item.docId !== doc.id) throw notFound("speech document item");
    if (input.text !== undefined && item.nodeId)
      throw new AppError("validation_failed", "a card's text is edited on the card, not in the speech document");
    if (input.markedAt != null) {
      const length = item.node?.quote?.length ?? 0;
      if (!item.node || input.markedAt > length)
        throw new AppError("validation_failed", "a mark lies inside a card's quote", {
          fieldErrors: { markedAt: [`between 0 and ${length}`] },
        });
    }
    const before = await docState(tx, doc);
    await tx.speechDocItem.update({
      where: { id: item.id },
      data: {
        ...(input.text !== undefined ? { text: input.text } : {}),
        ...(input.markedAt !== undefined ? { markedAt: input.markedAt } : {}),
      },
    });
    const updated = await tx.speechDoc.update({ where: { id: doc.id }, data: { version: { increment: 1 } } });
    await recordDocChange(tx, debateId, caller?.id ?? null, before, await docState(tx, updated));
    return loadDocDto(tx, updated);
  });
}
