import "server-only";
import type { SpeechDocDto, SpeechDocItemDto } from "@/lib/domain/speech-doc-schemas";
import type { Tx } from "../db";
import { notFound } from "../errors";
import { toNodeDto } from "../mappers";

type DocRow = { id: string; debateId: string; name: string; version: number };

/** A speech document by name, or null when none has been started under that name. */
export async function findDoc(tx: Tx, debateId: string, name: string) {
  return tx.speechDoc.findUnique({ where: { debateId_name: { debateId, name } } });
}

/** The same, or 404: every item route addresses an existing document. */
export async function requireDoc(tx: Tx, debateId: string, name: string) {
  const doc = await findDoc(tx, debateId, name);
  if (!doc) throw notFound("speech document");
  return doc;
}

/** The document as the API shows it: its items in order and the nodes they refer to. */
export async function loadDocDto(tx: Tx, doc: DocRow): Promise<SpeechDocDto> {
  const items = await tx.speechDocItem.findMany({ where: { docId: doc.id }, orderBy: { position: "asc" } });
  const ids = [...new Set(items.flatMap((i) => (i.nodeId ? [i.nodeId] : [])))];
  const nodes = ids.length ? await tx.argNode.findMany({ where: { id: { in: ids } } }) : [];
  return {
    debateId: doc.debateId,
    name: doc.name,
    version: doc.version,
    items: items.map((i): SpeechDocItemDto => ({
      id: i.id,
      position: i.position,
      nodeId: i.nodeId,
      text: i.text,
      markedAt: i.markedAt,
    })),
    nodes: nodes.map(toNodeDto),
  };
}

/** An empty document, for a speech nothing has been sent to yet (reading never creates one). */
export function emptyDoc(debateId: string, name: string): SpeechDocDto {
  return { debateId, name, version: 0, items: [], nodes: [] };
}

/** Write `ids` as the document's order (0, 1, 2 …) and bump its version: one write of a document. */
export async function writeOrder(tx: Tx, docId: string, ids: readonly string[]) {
  for (const [position, id] of ids.entries()) await tx.speechDocItem.update({ where: { id }, data: { position } });
  return tx.speechDoc.update({ where: { id: docId }, data: { version: { increment: 1 } } });
}
