import type { HistoryEntryDto } from "@/lib/domain/changes";
import type { EdgeDto, NodeDto, RestoreInput } from "@/lib/domain/schemas";
import { api } from "@/lib/client/api";
import type { EditorStore } from "@/lib/client/editor/editor-store";

export type HistoryPage = { entries: HistoryEntryDto[]; next: number | null };
type OpResult = { node?: NodeDto; edge?: EdgeDto; deleted?: { nodes: string[]; edges: string[] } };

/** One page of a debate's timeline, newest first; `before` pages back, `entityId` keeps one argument's changes. */
export function fetchHistory(
  debateId: string,
  o: { before?: number | null; entityId?: string | null; limit?: number } = {},
): Promise<HistoryPage> {
  const q = new URLSearchParams({ limit: String(o.limit ?? 50) });
  if (o.before) q.set("before", String(o.before));
  if (o.entityId) q.set("entityId", o.entityId);
  return api<HistoryPage>(`/api/debates/${encodeURIComponent(debateId)}/history?${q}`);
}

/** Newest first, each change once: a fresh head page merged over what is already loaded. */
export function mergeEntries(head: HistoryEntryDto[], held: HistoryEntryDto[]): HistoryEntryDto[] {
  const bySeq = new Map(held.map((e) => [e.seq, e]));
  for (const e of head) bySeq.set(e.seq, e);
  return [...bySeq.values()].sort((a, b) => b.seq - a.seq);
}

/**
 * The point a deletion is undone to: just before it. Deleting an argument first deletes its
 * connections (each its own, earlier change), so go back past those too, or they stay deleted.
 */
export async function pointBefore(debateId: string, entry: HistoryEntryDto): Promise<number> {
  if (entry.entity !== "node") return entry.seq - 1;
  const { entries } = await fetchHistory(debateId, { before: entry.seq, limit: 200 });
  let seq = entry.seq;
  for (const e of entries) {
    const edge = !("unreadable" in e) && e.entity === "edge" && e.action === "delete" ? e.before : null;
    if (!edge || (edge.source !== entry.entityId && edge.target !== entry.entityId)) break;
    seq = e.seq;
  }
  return seq - 1;
}

/**
 * Restore an argument, a connection or the whole debate (editors). The server records the restore
 * as new changes; the rows it returns go into the map at once (the live stream repeats them, and
 * the store keeps whichever is newer). Resolves with the number of changes made.
 */
export async function restore(editor: EditorStore, debateId: string, input: RestoreInput): Promise<number> {
  const { applied, results } = await api<{ applied: number; results: OpResult[] }>(
    `/api/debates/${encodeURIComponent(debateId)}/restore`,
    { method: "POST", body: input },
  );
  editor.getState().receive({
    nodes: results.flatMap((r) => (r.node ? [r.node] : [])),
    edges: results.flatMap((r) => (r.edge ? [r.edge] : [])),
    deletedNodes: results.flatMap((r) => r.deleted?.nodes ?? []),
    deletedEdges: results.flatMap((r) => r.deleted?.edges ?? []),
  });
  return applied;
}
