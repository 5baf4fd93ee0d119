import "server-only";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { withTx } from "../tx";
import { requireDoc, docState, recordDocChange } from "./speech-doc-dto";

/** Delete a whole speech document (its cards stay in the debate). Editors and owners. */
export async function deleteSpeechDoc({
  debateId,
  name,
  user: caller,
}: {
  user: SessionUser | null;
  debateId: string;
  name: string;
}): Promise<{ name: string }> {
  return withTx(async (tx) => {
    await authorizeDebate(tx, debateId, caller, "editor");
    const doc = await requireDoc(tx, debateId, name);
    const before = await docState(tx, doc);
    await tx.speechDoc.delete({ where: { id: doc.id } });
    await recordDocChange(tx, debateId, caller?.id ?? null, before, null);
    return { name: doc.name };
  });
}
