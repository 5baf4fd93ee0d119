"use client";
import { useEffect, type RefObject } from "react";
import { useReactFlow } from "@xyflow/react";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { revealArgument } from "@/lib/client/editor/reveal";

/**
 * When the canvas narrows (the inspector, the ballot, the history or the sources opened beside
 * it, or the window shrank), the selected argument stays in view. React Flow keeps the view's
 * left edge, so a card near the right one went under the panel that was opened to read it.
 * Only the selection moves the view: keeping the centre would push a view anchored on the left
 * (the opening view's resolution) off the screen.
 */
export function useKeepSelectionInView(canvasRef: RefObject<HTMLDivElement | null>) {
  const store = useEditorStore();
  const rf = useReactFlow();
  useEffect(() => {
    const el = canvasRef.current;
    if (!el) return;
    let width = el.clientWidth;
    const observer = new ResizeObserver(() => {
      const narrower = el.clientWidth < width - 1;
      width = el.clientWidth;
      const s = store.getState();
      const node = s.selectedNodeId ? s.nodes[s.selectedNodeId] : undefined;
      if (narrower && node) revealArgument(rf, node.position, { whole: true });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [canvasRef, store, rf]);
}
