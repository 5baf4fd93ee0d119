import "server-only";
import type { SpeechDocDto } from "@/lib/domain/speech-doc-schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { notFound } from "../errors";
import { withTx } from "../tx";
import { loadDocDto, requireDoc, writeOrder, docState, recordDocChange } from "./speech-doc-dto";

/** Take one item out of a speech document (the card itself stays in the debate). Editors and owners. */
export async function removeSpeechItem({
  debateId,
  name,
  itemId,
  user: caller,
}: {
  user: SessionUser | null;
  debateId: string;
  name: string;
  itemId: string;
}): Promise<SpeechDocDto> {
  return withTx(async (tx) => {
    await authorizeDebate(tx, debateId, caller, "editor");
    const doc = await requireDoc(tx, debateId, name);
    const item = await tx.speechDocItem.findUnique({ where: { id: itemId } });
    if (!item || item.docId !== doc.id) throw notFound("speech document item");
    const before = await docState(tx, doc);
    await tx.speechDocItem.delete({ where: { id: item.id } });
    const rest = await tx.speechDocItem.findMany({
      where: { docId: doc.id },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    const updated = await writeOrder(
      tx,
      doc.id,
      rest.map((r) => r.id),
    );
    await recordDocChange(tx, debateId, caller?.id ?? null, before, await docState(tx, updated));
    return loadDocDto(tx, updated);
  });
}
