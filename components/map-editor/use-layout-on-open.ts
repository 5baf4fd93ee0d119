"use client";
import { useReactFlow } from "@xyflow/react";
import { useEffect } from "react";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { autoLayout } from "@/lib/client/editor/node-actions";
import { useMapView } from "@/lib/client/editor/map-view";

const MODES = { compact: "compact", tree: "tree" } as const;

/**
 * An import whose report chose "Lay out for reading" opens at `?layout=compact`: the map is laid
 * out once, through the same commit as the toolbar's Auto-layout (one undoable change, so the
 * file's positions are one undo away). The parameter is dropped so a reload does not lay out again.
 */
export function useLayoutOnOpen(): void {
  const store = useEditorStore();
  const rf = useReactFlow();
  const setBusy = useMapView((m) => m.setBusy);
  useEffect(() => {
    const url = new URL(window.location.href);
    const mode = MODES[url.searchParams.get("layout") as keyof typeof MODES];
    if (!url.searchParams.has("layout")) return;
    url.searchParams.delete("layout");
    window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
    if (!mode || !store.getState().canEdit) return;
    void autoLayout(store, rf, mode, setBusy);
  }, [store, rf, setBusy]);
}
