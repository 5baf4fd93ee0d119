import "server-only";
import type { AddSpeechItemsInput, SpeechDocDto } from "@/lib/domain/speech-doc-schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { AppError } from "../errors";
import type { Tx } from "../db";
import { withTx } from "../tx";
import { blockOf, groupReadingOrder } from "@/lib/domain/speech-doc";
import { docState, findDoc, loadDocDto, recordDocChange, writeOrder } from "./speech-doc-dto";

/**
 * The nodes a group send adds, in reading order: `groupId` itself, or the block holding the node
 * `blockOf`. 422 when the group or node is not in this debate, or the group holds no node.
 */
async function groupNodeIds(tx: Tx, debateId: string, input: AddSpeechItemsInput): Promise<string[]> {
  const groups = await tx.nodeGroup.findMany({
    where: { debateId },
    select: { id: true, parentId: true, kind: true, order: true },
  });
  let root = input.groupId;
  if (input.blockOf) {
    const node = await tx.argNode.findFirst({ where: { id: input.blockOf, debateId }, select: { groupId: true } });
    if (!node) throw new AppError("validation_failed", "that argument is not in this debate");
    if (!node.groupId) throw new AppError("validation_failed", "that argument is not in a block");
    root = blockOf(node.groupId, groups);
  }
  if (!root || !groups.some((g) => g.id === root))
    throw new AppError("validation_failed", "that group is not in this debate", {
      fieldErrors: { groupId: ["not a group of this debate"] },
    });
  const nodes = await tx.argNode.findMany({
    where: { debateId, groupId: { not: null } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, groupId: true },
  });
  const ids = groupReadingOrder(root, groups, nodes);
  if (!ids.length) throw new AppError("validation_failed", "that block holds no cards or analytics");
  return ids;
}

/**
 * "Send to speech": append cards (or arguments) to a speech document, starting it if need be, a
 * whole block (its cards and analytics in order), or type an analytic into it. A node already in
 * the document is not added twice, so sending a selection again is harmless. Editors and owners.
 */
export async function addSpeechItems({
  debateId,
  name,
  input,
  user: caller,
}: {
  user: SessionUser | null;
  debateId: string;
  name: string;
  input: AddSpeechItemsInput;
}): Promise<SpeechDocDto & { added: number }> {
  return withTx(async (tx) => {
    await authorizeDebate(tx, debateId, caller, "editor");
    const found = await findDoc(tx, debateId, name);
    const before = await docState(tx, found);
    const doc = found ?? (await tx.speechDoc.create({ data: { debateId, name } }));
    const existing = await tx.speechDocItem.findMany({
      where: { docId: doc.id },
      orderBy: { position: "asc" },
      select: { id: true, nodeId: true },
    });
    let fresh: { nodeId: string | null; text: string }[];
    if (input.groupId || input.blockOf) {
      const present = new Set(existing.map((i) => i.nodeId));
      fresh = (await groupNodeIds(tx, debateId, input))
        .filter((id) => !present.has(id))
        .map((nodeId) => ({ nodeId, text: "" }));
    } else if (input.nodeIds) {
      const nodes = await tx.argNode.findMany({ where: { id: { in: input.nodeIds }, debateId }, select: { id: true } });
      const found = new Set(nodes.map((n) => n.id));
      const missing = input.nodeIds.filter((id) => !found.has(id));
      if (missing.length)
        throw new AppError("validation_failed", "some of those arguments are not in this debate", {
          fieldErrors: { nodeIds: missing.map((id) => `${id} is not in this debate`) },
        });
      const present = new Set(existing.map((i) => i.nodeId));
      fresh = [...new Set(input.nodeIds)].filter((id) => !present.has(id)).map((nodeId) => ({ nodeId, text: "" }));
    } else {
      fresh = [{ nodeId: null, text: input.text! }];
    }
    const at = input.after ? existing.findIndex((i) => i.id === input.after) : existing.length - 1;
    if (input.after && at < 0) throw new AppError("validation_failed", "that item is not in this speech document");
    const created = [];
    for (const item of fresh)
      created.push(
        await tx.speechDocItem.create({ data: { docId: doc.id, position: 0, ...item }, select: { id: true } }),
      );
    const ids = existing.map((i) => i.id);
    ids.splice(at + 1, 0, ...created.map((c) => c.id));
    const updated = await writeOrder(tx, doc.id, ids);
    await recordDocChange(tx, debateId, caller?.id ?? null, before, await docState(tx, updated));
    return { ...(await loadDocDto(tx, updated)), added: created.length };
  });
}
