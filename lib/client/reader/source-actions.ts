"use client";
import type {
  CreateSourceInput,
  CutCardInput,
  EdgeDto,
  NodeDto,
  SourceDto,
  UpdateSourceInput,
} from "@/lib/domain/schemas";
import { newCardFields } from "@/lib/domain/cite";
import type { Speech } from "@/lib/domain/vocabulary";
import { api, ApiError } from "@/lib/client/api";
import type { EditorStore } from "@/lib/client/editor/editor-store";
import type { ReaderStore } from "./reader-store";

const loading = new Map<string, Promise<void>>();

/** Load a source's text into the reader (once per version; concurrent calls share one request). */
export function loadSource(reader: ReaderStore, id: string, force = false): Promise<void> {
  const s = reader.getState();
  const have = s.texts[id];
  if (!force && have && have.version === s.sources[id]?.version) return Promise.resolve();
  const pending = loading.get(id);
  if (pending && !force) return pending;
  reader.getState().setLoadError(id, null);
  // Asked packed: a long article's text crosses the network at about a third of its size.
  const p = api<SourceDto>(`/api/sources/${id}`, { packed: true })
    .then((dto) => reader.getState().putSource(dto))
    .catch((err: unknown) =>
      reader.getState().setLoadError(id, err instanceof Error ? err.message : "the source could not be loaded"),
    )
    .finally(() => loading.delete(id));
  loading.set(id, p);
  return p;
}

/** Add a source to the debate's library and open it in the reader. */
export async function createSource(
  reader: ReaderStore,
  debateId: string,
  input: CreateSourceInput,
): Promise<SourceDto> {
  // Sent packed when long: an article's text uploads at about a third of its size.
  const dto = await api<SourceDto>(`/api/debates/${debateId}/sources`, { method: "POST", body: input, packBody: true });
  reader.getState().putSource(dto);
  reader.getState().openSource(dto.id);
  return dto;
}

/** "2 cards moved, 1 orphaned" — what a text edit did to the cards that quote the source. */
export function describeReanchoring(cards: readonly NodeDto[]): string {
  const count = (status: string) => cards.filter((c) => c.evidence?.status === status).length;
  const parts = [
    [count("moved"), "moved"],
    [count("fuzzy"), "found approximately"],
    [count("orphaned"), "orphaned"],
  ].filter(([n]) => (n as number) > 0) as [number, string][];
  if (parts.length === 0) return "Saved. Every card still quotes the same words.";
  const plural = parts[0]![0] === 1 ? "card" : "cards";
  return `Saved. ${parts.map(([n, what], i) => (i === 0 ? `${n} ${plural} ${what}` : `${n} ${what}`)).join(", ")}.`;
}

/** Edit a source's citation or text; cards the server re-anchored come back into the map. */
export async function updateSource(
  reader: ReaderStore,
  editor: EditorStore,
  id: string,
  input: UpdateSourceInput,
): Promise<string> {
  const res = await api<{ source: SourceDto; cards: NodeDto[] }>(`/api/sources/${id}`, {
    method: "PATCH",
    body: input,
    packBody: true,
  });
  reader.getState().putSource(res.source);
  if (res.cards.length) editor.getState().receive({ nodes: res.cards });
  const report = input.text === undefined ? "Saved." : describeReanchoring(res.cards);
  reader.getState().setReport(report);
  return report;
}

export type CardRef = { id: string; title: string };

/** Delete a source. Without `deleteCards`, resolves with the cards that still quote it (nothing deleted). */
export async function deleteSource(
  reader: ReaderStore,
  editor: EditorStore,
  id: string,
  deleteCards: boolean,
): Promise<{ blockedBy: CardRef[] } | null> {
  try {
    const res = await api<{ id: string; deleted: { nodes: string[]; edges: string[] } }>(
      `/api/sources/${id}?deleteCards=${deleteCards}`,
      { method: "DELETE" },
    );
    editor.getState().receive({ deletedNodes: res.deleted.nodes, deletedEdges: res.deleted.edges });
    reader.getState().removeSource(id);
    return null;
  } catch (err) {
    const cards =
      (err instanceof ApiError && err.status === 409
        ? (err.details as { cards?: CardRef[] } | undefined)?.cards
        : undefined) ?? null;
    if (cards) return { blockedBy: cards };
    throw err;
  }
}

/** Cut a card from a source; the new card and its connection join the map and the card is selected. */
export async function cutCard(editor: EditorStore, sourceId: string, input: CutCardInput): Promise<NodeDto> {
  const { node, edge } = await api<{ node: NodeDto; edge: EdgeDto }>(`/api/sources/${sourceId}/cards`, {
    method: "POST",
    body: input,
  });
  editor.getState().receive({ nodes: [node], edges: [edge] });
  editor.getState().select(node.id);
  return node;
}

/**
 * Cut a passage into an evidence argument that has no quote yet (one made with + Evidence or E,
 * already placed and connected): its tag, quote and cite, as one undoable edit of that argument.
 * The server checks the quote against the source, as it does for every card.
 */
export function fillCard(
  editor: EditorStore,
  source: SourceDto,
  nodeId: string,
  input: { start: number; end: number; tag: string; cite: string; speech: Speech | null },
): void {
  const n = editor.getState().nodes[nodeId];
  if (!n || n.kind !== "evidence" || n.evidence) throw new Error("That card has its quote already: cut a new card.");
  const evidence = newCardFields(source, input, input.cite);
  const patch = { title: input.tag, evidence, ...(input.speech ? { speech: input.speech } : {}) };
  editor.getState().commit([{ op: "updateNode", id: nodeId, version: n.version, patch }]);
}

/** Save a card's highlighted words (an ordinary, undoable node edit; the server re-checks the card). */
export function setHighlights(editor: EditorStore, nodeId: string, highlights: { start: number; end: number }[]): void {
  const n = editor.getState().nodes[nodeId];
  if (!n?.evidence) return;
  editor
    .getState()
    .commit([{ op: "updateNode", id: nodeId, version: n.version, patch: { evidence: { ...n.evidence, highlights } } }]);
}
