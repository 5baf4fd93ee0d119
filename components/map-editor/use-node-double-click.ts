"use client";
import { useEffect, useRef, type RefObject } from "react";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { useMapView } from "@/lib/client/editor/map-view";

/**
 * A double click (a double tap on a phone) on an argument opens it in the panel as Enter does: an
 * editor gets the caret in its title, a reader the panel. It never zooms the map. React Flow's zoom
 * takes double clicks on the pane and on any card it cannot drag (a reader's, or any card zoomed
 * out), before React sees them; so the canvas takes a card's double click first, in the capture
 * phase, and keeps it from the zoom. Zoomed out a card stands for its cluster: its click opened it.
 */
export function useNodeDoubleClick(canvasRef: RefObject<HTMLDivElement | null>, bucket: number) {
  const store = useEditorStore();
  const editTitle = useMapView((s) => s.editTitle);
  const level = useRef(bucket);
  useEffect(() => {
    level.current = bucket;
  });
  useEffect(() => {
    const el = canvasRef.current;
    if (!el) return;
    const onDoubleClick = (e: MouseEvent) => {
      const card = e.target instanceof Element ? e.target.closest<HTMLElement>(".react-flow__node") : null;
      const id = card?.dataset.id;
      if (!id) return;
      e.stopPropagation();
      const s = store.getState();
      if (level.current > 0 || !s.nodes[id]) return;
      s.select(id);
      editTitle(id);
    };
    el.addEventListener("dblclick", onDoubleClick, { capture: true });
    return () => el.removeEventListener("dblclick", onDoubleClick, { capture: true });
  }, [canvasRef, store, editTitle]);
}
