import { createStore } from "zustand/vanilla";
import type { CommentDto } from "@/lib/domain/schemas";
import type { LiveEvent } from "@/lib/domain/changes";

/** A thread: its first comment and the replies to it, oldest first. */
export type Thread = { root: CommentDto; replies: CommentDto[] };

export type CommentsState = {
  byId: Record<string, CommentDto>;
  /** each argument's threads, open ones first; an argument's array is replaced only when it changes */
  threads: Record<string, Thread[]>;
  /** comments in unresolved threads, per argument: what the map's badge shows */
  openCounts: Record<string, number>;
  status: "idle" | "loading" | "ready" | "failed";
  /** Replace everything with a fresh load (GET /api/debates/{id}/comments). */
  load: (comments: CommentDto[]) => void;
  setStatus: (status: CommentsState["status"]) => void;
  /** A comment as the server returned it; ignored when we already hold a newer version. */
  put: (c: CommentDto) => void;
  /** Remove a comment (a thread's first comment takes its replies along, as on the server). */
  remove: (id: string) => void;
  /** Comment rows from the debate's live stream; other entities are ignored. */
  receiveChanges: (changes: LiveEvent[]) => void;
};

export type CommentsStore = ReturnType<typeof createCommentsStore>;

const byTime = (a: CommentDto, b: CommentDto) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Build one argument's threads from its comments. Replies whose first comment is gone are dropped. */
export function threadsOf(comments: CommentDto[]): Thread[] {
  const roots = comments.filter((c) => !c.parentId).sort(byTime);
  const replies = new Map<string, CommentDto[]>();
  for (const c of comments) if (c.parentId) replies.set(c.parentId, [...(replies.get(c.parentId) ?? []), c]);
  return roots
    .map((root) => ({ root, replies: (replies.get(root.id) ?? []).sort(byTime) }))
    .sort((a, b) => Number(a.root.resolved) - Number(b.root.resolved));
}

/** Re-index only the arguments in `touched`; every other argument keeps its arrays (and re-renders nothing). */
function reindex(
  s: Pick<CommentsState, "threads" | "openCounts">,
  byId: Record<string, CommentDto>,
  touched: Set<string>,
) {
  const threads = { ...s.threads };
  const openCounts = { ...s.openCounts };
  const perNode = new Map<string, CommentDto[]>();
  for (const c of Object.values(byId))
    if (touched.has(c.nodeId)) perNode.set(c.nodeId, [...(perNode.get(c.nodeId) ?? []), c]);
  for (const nodeId of touched) {
    const list = threadsOf(perNode.get(nodeId) ?? []);
    const open = list.filter((t) => !t.root.resolved).reduce((n, t) => n + 1 + t.replies.length, 0);
    if (list.length) threads[nodeId] = list;
    else delete threads[nodeId];
    if (open) openCounts[nodeId] = open;
    else delete openCounts[nodeId];
  }
  return { byId, threads, openCounts };
}

/** One comments store per editor: created by this factory and handed down through context. */
export function createCommentsStore() {
  return createStore<CommentsState>()((set, get) => {
    const apply = (mutate: (byId: Record<string, CommentDto>, touched: Set<string>) => void) => {
      const byId = { ...get().byId };
      const touched = new Set<string>();
      mutate(byId, touched);
      if (touched.size) set(reindex(get(), byId, touched));
    };
    const upsert = (byId: Record<string, CommentDto>, touched: Set<string>, c: CommentDto) => {
      const held = byId[c.id];
      if (held && held.version >= c.version) return;
      byId[c.id] = c;
      touched.add(c.nodeId);
    };
    const drop = (byId: Record<string, CommentDto>, touched: Set<string>, id: string) => {
      for (const c of Object.values(byId)) {
        if (c.id !== id && c.parentId !== id) continue;
        delete byId[c.id];
        touched.add(c.nodeId);
      }
    };
    return {
      byId: {},
      threads: {},
      openCounts: {},
      status: "idle",
      load(comments) {
        const byId = Object.fromEntries(comments.map((c) => [c.id, c]));
        set({
          ...reindex({ threads: {}, openCounts: {} }, byId, new Set(comments.map((c) => c.nodeId))),
          status: "ready",
        });
      },
      setStatus(status) {
        set({ status });
      },
      put(c) {
        apply((byId, touched) => upsert(byId, touched, c));
      },
      remove(id) {
        apply((byId, touched) => drop(byId, touched, id));
      },
      receiveChanges(changes) {
        apply((byId, touched) => {
          for (const ch of changes) {
            if (ch.entity !== "comment") continue;
            if (ch.action === "delete") drop(byId, touched, ch.entityId);
            else upsert(byId, touched, ch.after);
          }
        });
      },
    };
  });
}
