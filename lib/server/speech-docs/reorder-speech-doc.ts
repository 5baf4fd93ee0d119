import "server-only";
import type { ReorderSpeechDocInput, SpeechDocDto } from "@/lib/domain/speech-doc-schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { AppError } from "../errors";
import { withTx } from "../tx";
import { docState, loadDocDto, recordDocChange, requireDoc, writeOrder } from "./speech-doc-dto";

/**
 * Put a speech document's items in a new order. The order is checked against the version the
 * client read: a partner who added or moved an item meanwhile makes this a 409, not a silent
 * loss of their change. Editors and owners.
 */
export async function reorderSpeechDoc({
  debateId,
  name,
  input,
  user: caller,
}: {
  user: SessionUser | null;
  debateId: string;
  name: string;
  input: ReorderSpeechDocInput;
}): Promise<SpeechDocDto> {
  return withTx(async (tx) => {
    await authorizeDebate(tx, debateId, caller, "editor");
    const doc = await requireDoc(tx, debateId, name);
    if (doc.version !== input.version)
      throw new AppError("conflict", "the speech document changed since you loaded it", {
        current: await loadDocDto(tx, doc),
      });
    const items = await tx.speechDocItem.findMany({ where: { docId: doc.id }, select: { id: true } });
    const have = new Set(items.map((i) => i.id));
    const sent = new Set(input.itemIds);
    if (sent.size !== input.itemIds.length || sent.size !== have.size || input.itemIds.some((id) => !have.has(id)))
      throw new AppError("validation_failed", "send every item of the speech document exactly once", {
        fieldErrors: { itemIds: ["not the document's items"] },
      });
    const before = await docState(tx, doc);
    const updated = await writeOrder(tx, doc.id, input.itemIds);
    await recordDocChange(tx, debateId, caller?.id ?? null, before, await docState(tx, updated));
    return loadDocDto(tx, updated);
  });
}
