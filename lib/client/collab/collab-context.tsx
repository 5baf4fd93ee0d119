"use client";
import { createContext, useContext, useEffect, useState } from "react";
import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";
import type { CommentDto } from "@/lib/domain/schemas";
import { roleAtLeast, type MemberRole } from "@/lib/domain/vocabulary";
import { api } from "@/lib/client/api";
import { onLiveChanges } from "@/lib/client/live/change-feed";
import { createCommentsStore, type CommentsState, type CommentsStore } from "./comments-store";

type PanelState = { historyOpen: boolean; toggleHistory: () => void; setHistoryOpen: (open: boolean) => void };
const createPanelStore = () =>
  createStore<PanelState>()((set) => ({
    historyOpen: false,
    toggleHistory: () => set((s) => ({ historyOpen: !s.historyOpen })),
    setHistoryOpen: (historyOpen) => set({ historyOpen }),
  }));

type Collab = {
  debateId: string;
  role: MemberRole | null;
  me: string | null;
  comments: CommentsStore;
  panel: ReturnType<typeof createPanelStore>;
};
const CollabContext = createContext<Collab | null>(null);
// Outside a provider (a map rendered elsewhere) the badge reads this empty store and shows nothing.
const EMPTY = createCommentsStore();

/**
 * Comments and the History panel of one editor. The debate's comments load once here and then
 * follow the editor's live stream, so every badge and thread stays current without polling.
 */
/** `me` is the signed-in user's id (from the page), so comments know their author without a session request. */
export function CollabProvider({
  debateId,
  role,
  me,
  children,
}: {
  debateId: string;
  role: MemberRole | null;
  me: string | null;
  children: React.ReactNode;
}) {
  const [value] = useState<Collab>(() => ({
    debateId,
    role,
    me,
    comments: createCommentsStore(),
    panel: createPanelStore(),
  }));
  useEffect(() => {
    const store = value.comments;
    // Listen first, so a comment made while the list loads is not lost (versions settle duplicates).
    const buffered: Parameters<CommentsState["receiveChanges"]>[0] = [];
    let loaded = false;
    const stop = onLiveChanges(debateId, (changes) =>
      loaded ? store.getState().receiveChanges(changes) : buffered.push(...changes),
    );
    store.getState().setStatus("loading");
    api<{ comments: CommentDto[] }>(`/api/debates/${encodeURIComponent(debateId)}/comments`).then(
      ({ comments }) => {
        store.getState().load(comments);
        store.getState().receiveChanges(buffered);
        loaded = true;
      },
      () => store.getState().setStatus("failed"),
    );
    return stop;
  }, [debateId, value]);
  return <CollabContext.Provider value={value}>{children}</CollabContext.Provider>;
}

function useCollab(): Collab {
  const c = useContext(CollabContext);
  if (!c) throw new Error("collab hooks need <CollabProvider>");
  return c;
}

/** Read a narrow slice of the comments (wrap object results in useShallow). */
export function useComments<T>(selector: (s: CommentsState) => T): T {
  return useStore(useCollab().comments, selector);
}

export function useCommentsStore(): CommentsStore {
  return useCollab().comments;
}

/** Comments in open threads on one argument; 0 outside a provider. */
export function useOpenCommentCount(nodeId: string): number {
  const c = useContext(CollabContext);
  return useStore(c?.comments ?? EMPTY, (s) => s.openCounts[nodeId] ?? 0);
}

export function useHistoryPanel<T>(selector: (s: PanelState) => T): T {
  return useStore(useCollab().panel, selector);
}

/** Who is looking at which debate, or null outside a provider (a seminar's canvas has none). */
export function useCollabIdentity(): { me: string | null; debateId: string } | null {
  const c = useContext(CollabContext);
  return c ? { me: c.me, debateId: c.debateId } : null;
}

/** The signed-in person's role in the debate, or null outside a provider (or without one). */
export function useCollabRole(): MemberRole | null {
  return useContext(CollabContext)?.role ?? null;
}

/** What the signed-in person may do here, from their role in the debate. */
export function useCollabRights() {
  const { debateId, role, me } = useCollab();
  return {
    debateId,
    role,
    me,
    canComment: roleAtLeast(role, "commenter"),
    canEdit: roleAtLeast(role, "editor"),
    isOwner: role === "owner",
  };
}
