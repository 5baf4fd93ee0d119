"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { HistoryEntryDto } from "@/lib/domain/changes";
import { ApiError } from "@/lib/client/api";
import { onLiveChanges } from "@/lib/client/live/change-feed";
import { fetchHistory, mergeEntries } from "./history-actions";

type State = {
  entries: HistoryEntryDto[];
  next: number | null;
  status: "loading" | "ready" | "more";
  error: string | null;
};
const START: State = { entries: [], next: null, status: "loading", error: null };
const message = (err: unknown) => (err instanceof ApiError ? err.message : "the history could not be loaded");

/**
 * A debate's timeline (optionally one argument's), newest first, paged back with `loadMore`.
 * While mounted it follows the live stream: new changes by anyone join the top of the list.
 */
export function useHistory(debateId: string, entityId: string | null) {
  const [state, setState] = useState<State>(START);
  const key = useRef(0);

  // The newest page, merged over what is held (older pages already loaded stay).
  const refresh = useCallback(async () => {
    const mine = key.current;
    try {
      const page = await fetchHistory(debateId, { entityId });
      if (mine !== key.current) return;
      setState((s) => ({
        ...s,
        entries: mergeEntries(page.entries, s.entries),
        next: s.status === "loading" ? page.next : s.next,
        status: "ready",
        error: null,
      }));
    } catch (err) {
      if (mine === key.current) setState((s) => ({ ...s, status: "ready", error: message(err) }));
    }
  }, [debateId, entityId]);

  useEffect(() => {
    key.current += 1;
    setState(START);
    void refresh();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onLiveChanges(debateId, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), 300);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [debateId, refresh]);

  const loadMore = useCallback(async () => {
    if (!state.next || state.status !== "ready") return;
    const mine = key.current;
    setState((s) => ({ ...s, status: "more" }));
    try {
      const page = await fetchHistory(debateId, { entityId, before: state.next });
      if (mine === key.current)
        setState((s) => ({
          entries: mergeEntries(s.entries, page.entries),
          next: page.next,
          status: "ready",
          error: null,
        }));
    } catch (err) {
      if (mine === key.current) setState((s) => ({ ...s, status: "ready", error: message(err) }));
    }
  }, [debateId, entityId, state.next, state.status]);

  return { ...state, loadMore, refresh };
}
