import "server-only";
import type { SpeechDocDto, SpeechDocItemDto } from "@/lib/domain/speech-doc-schemas";
import type { SpeechDocState } from "@/lib/domain/changes";
import { recordChange } from "../change-log";
import type { Tx } from "../db";
import { notFound } from "../errors";
import { toNodeDto } from "../mappers";
import { docShows, type ReaderFilter } from "../seminars/reader-view";

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

async function itemsOf(tx: Tx, docId: string): Promise<SpeechDocItemDto[]> {
  const items = await tx.speechDocItem.findMany({ where: { docId }, orderBy: { position: "asc" } });
  return items.map((i) => ({ id: i.id, position: i.position, nodeId: i.nodeId, text: i.text, markedAt: i.markedAt }));
}

/** The change-log position a reader of this document is up to: live updates resume after it. */
async function currentSeq(tx: Tx, debateId: string): Promise<number> {
  const last = await tx.change.findFirst({ where: { debateId }, orderBy: { seq: "desc" }, select: { seq: true } });
  return last?.seq ?? 0;
}

/** The document as the API shows it: its items in order and the nodes they refer to. */
export async function loadDocDto(tx: Tx, doc: DocRow): Promise<SpeechDocDto> {
  const items = await itemsOf(tx, doc.id);
  const ids = [...new Set(items.flatMap((i) => (i.nodeId ? [i.nodeId] : [])))];
  const nodes = ids.length ? await tx.argNode.findMany({ where: { id: { in: ids } } }) : [];
  return {
    debateId: doc.debateId,
    name: doc.name,
    version: doc.version,
    items,
    nodes: nodes.map(toNodeDto),
    seq: await currentSeq(tx, doc.debateId),
  };
}

/** The document as the change log records it (null: it did not exist). */
export async function docState(tx: Tx, doc: DocRow | null): Promise<SpeechDocState | null> {
  if (!doc) return null;
  return { id: doc.id, name: doc.name, version: doc.version, items: await itemsOf(tx, doc.id) };
}

/**
 * Record a write of a speech document in the debate's change log, in its transaction: history
 * lists it, and the live stream takes it to everyone with the debate or the speech page open.
 */
export async function recordDocChange(
  tx: Tx,
  debateId: string,
  actorId: string | null,
  before: SpeechDocState | null,
  after: SpeechDocState | null,
): Promise<void> {
  const id = (after ?? before)?.id;
  if (!id) return;
  const base = { debateId, actorId, entity: "speechDoc" as const, entityId: id };
  if (!before) await recordChange(tx, { ...base, action: "create", after: after! });
  else if (!after) await recordChange(tx, { ...base, action: "delete", before });
  else await recordChange(tx, { ...base, action: "update", before, after });
}

/** An empty document, for a speech nothing has been sent to yet (reading never creates one). */
export async function emptyDoc(tx: Tx, debateId: string, name: string): Promise<SpeechDocDto> {
  return { debateId, name, version: 0, items: [], nodes: [], seq: await currentSeq(tx, debateId) };
}

/**
 * A document as a reader gets it: a speech nothing was sent to reads as empty, version 0, and so
 * does one naming an argument a running seminar hides from them (`shows`, seminarReaderFilter).
 */
export async function readDoc(tx: Tx, debateId: string, name: string, shows: ReaderFilter): Promise<SpeechDocDto> {
  const row = await findDoc(tx, debateId, name);
  const doc = row ? await loadDocDto(tx, row) : null;
  return doc && docShows(shows, name, doc.items) ? doc : emptyDoc(tx, debateId, name);
}

/** Write `ids` as the document's order (0, 1, 2 …) and bump its version: one write of a document. */
export async function writeOrder(tx: Tx, docId: string, ids: readonly string[]) {
  for (const [position, id] of ids.entries()) await tx.speechDocItem.update({ where: { id }, data: { position } });
  return tx.speechDoc.update({ where: { id: docId }, data: { version: { increment: 1 } } });
}
