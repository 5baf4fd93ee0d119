"use client";
import { useEffect } from "react";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { headerHeight, viewTop } from "@/lib/client/flowsheet/use-grid-window";
import { filtersOf, useFlowUiStore, type FlowCarry, type FlowPlace } from "@/lib/client/flowsheet/flow-ui";

const scroller = () => document.querySelector<HTMLElement>(".flow-scroll");

/**
 * On a big debate's first threads: tells the loader once they are painted (so the whole sheet's
 * long parse comes after that paint, not before), and lends it a reading of what the reader has
 * done there (the selected cell, the scroll, the filters), taken just before the whole sheet
 * replaces them.
 */
export function CarryOut({ into, painted }: { into: React.RefObject<(() => FlowCarry) | null>; painted: () => void }) {
  const editor = useEditorStore();
  const ui = useFlowUiStore();
  useEffect(() => {
    // An effect runs after its commit; a timeout set inside the next animation frame, after that frame's paint.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(painted, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  useEffect(() => {
    into.current = () => ({
      selected: editor.getState().selectedNodeId,
      place: placeOf(scroller()),
      ui: filtersOf(ui.getState()),
    });
    return () => {
      into.current = null;
    };
  }, [into, editor, ui]);
  return null;
}

/** Where the view of a flow sheet's scroller is, by row (see FlowPlace). */
export function placeOf(el: HTMLElement | null): FlowPlace | null {
  if (!el) return null;
  const top = viewTop(el);
  let best: { top: number; offset: number } | null = null;
  for (const cell of el.querySelectorAll('[role="gridcell"]')) {
    const box = cell.getBoundingClientRect();
    const index = Number(cell.parentElement?.getAttribute("aria-rowindex")) - 2;
    if (box.bottom <= top || !(index >= 0) || (best && best.top <= index)) continue;
    best = { top: index, offset: top - box.top };
  }
  const rows = el.querySelectorAll('[role="row"]').length - 1;
  const grid = el.querySelector('[role="grid"]');
  const rowHeight = grid && rows > 0 ? (grid.scrollHeight - headerHeight(el)) / rows : 0;
  return best && { ...best, rowHeight, scrollLeft: el.scrollLeft };
}
