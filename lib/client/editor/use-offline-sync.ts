"use client";
import { useEffect } from "react";
import { useEditor, useEditorStore } from "./editor-context";

/** How often to try again while the server cannot be reached (the `online` event is not always sent). */
const RETRY_MS = 5_000;

/**
 * The browser's side of edits kept while offline: send them when the connection returns (the
 * `online` event, and a retry every few seconds while offline), and warn before the tab closes
 * while any edit is not yet saved (they are kept in IndexedDB, but another device would not see them).
 */
export function useOfflineSync(): void {
  const store = useEditorStore();
  const offline = useEditor((s) => s.offline);
  const unsaved = useEditor((s) => s.inFlight > 0);

  useEffect(() => {
    const resume = () => void store.getState().resume();
    window.addEventListener("online", resume);
    const timer = offline ? window.setInterval(resume, RETRY_MS) : undefined;
    return () => {
      window.removeEventListener("online", resume);
      if (timer !== undefined) window.clearInterval(timer);
    };
  }, [store, offline]);

  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);
}
