"use client";
import { useEffect } from "react";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { useMapView } from "@/lib/client/editor/map-view";

/**
 * A debate just made with New debate opens at `?start=resolution`: its resolution claim (the
 * thesis it was created with) is selected and its title field focused, so the first thing the user
 * does is state what the debate is about (in the panel, opened if hidden: on a phone it starts
 * so). The parameter is dropped so a reload opens normally.
 */
export function useStartOnResolution(): void {
  const store = useEditorStore();
  const editTitle = useMapView((m) => m.editTitle);
  useEffect(() => {
    const url = new URL(window.location.href);
    if (url.searchParams.get("start") !== "resolution") return;
    url.searchParams.delete("start");
    window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
    const s = store.getState();
    if (!s.canEdit) return;
    const id = s.order.find((i) => s.nodes[i]?.role === "thesis" && s.nodes[i]?.side === "neutral") ?? s.order[0];
    if (!id) return;
    s.select(id);
    editTitle(id);
  }, [store, editTitle]);
}
