"use client";
import { useEffect } from "react";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { focusNode } from "@/lib/client/editor/focus";
import { useMapView } from "@/lib/client/editor/map-view";

/**
 * A debate just made with New debate opens at `?start=resolution` on its resolution claim (the
 * thesis it was created with), selected. A resolution left blank in the dialog is filled in first:
 * its title field has the caret (in the panel, opened if hidden: on a phone it starts so). One
 * typed in the dialog is not offered up for replacing: the claim has the focus on the map, so the
 * first key adds to it (C, R, E) rather than overwriting its words. The parameter is dropped so a
 * reload opens normally.
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
    if (s.nodes[id]?.title.trim()) focusNode(id);
    else editTitle(id);
  }, [store, editTitle]);
}
