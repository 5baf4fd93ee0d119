"use client";
import { useCallback } from "react";
import { flowNeighbour, type FlowDirection, type FlowLayout } from "@/lib/domain/flow-layout";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { deleteAndMove, startAnswer, startEdit, startSibling, startThread } from "@/lib/client/flowsheet/flow-actions";
import { useFlowUiStore } from "@/lib/client/flowsheet/flow-ui";
import type { FlowRows } from "./use-flow-layout";
import { FLOW_SEARCH_ID } from "./flow-search";

const ARROWS: Record<string, FlowDirection> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};

/**
 * The flow sheet's keyboard, on the grid (not while a title is being typed): arrows move, Enter
 * edits, Shift/Ctrl+Enter adds below, Tab answers in the other side's next speech, Delete deletes,
 * Ctrl+Z / Ctrl+Shift+Z undo and redo, W shows why, N starts a thread, / searches, Escape deselects. Viewers
 * get navigation and why only, and Tab then leaves the grid as usual.
 */
export function useFlowKeys(layout: FlowLayout, { visible, rows }: FlowRows) {
  const store = useEditorStore();
  const ui = useFlowUiStore();
  return useCallback(
    (e: React.KeyboardEvent<HTMLElement>) => {
      if (e.target !== e.currentTarget || e.altKey) return;
      const s = store.getState();
      const selected = s.selectedNodeId && layout.byId.has(s.selectedNodeId) ? s.selectedNodeId : null;
      const mod = e.ctrlKey || e.metaKey;
      const edit = s.canEdit;
      const handled = () => e.preventDefault();
      const dir = ARROWS[e.key];
      if (dir && !mod) {
        handled();
        const first = rows.length ? (layout.byRow[rows[0]!]!.find(visible) ?? null) : null;
        const to = selected ? flowNeighbour(layout, selected, dir, visible) : first;
        if (to) s.select(to);
        ui.getState().set({ message: null });
      } else if ((e.key === "Home" || e.key === "End") && selected) {
        handled();
        const row = layout.byRow[layout.byId.get(selected)!.row]!.filter(visible);
        const to = e.key === "Home" ? row[0] : row.at(-1);
        if (to) s.select(to);
      } else if (e.key === "Enter" && selected) {
        handled();
        if (!edit) ui.getState().set({ whyOpen: ui.getState().whyOpen === selected ? null : selected });
        else if (e.shiftKey || mod) startSibling(store, ui, layout, selected);
        else startEdit(store, ui, selected);
      } else if (e.key === "Tab" && !e.shiftKey && !mod && edit && selected) {
        handled();
        startAnswer(store, ui, selected);
      } else if ((e.key === "Delete" || e.key === "Backspace") && edit && selected) {
        handled();
        deleteAndMove(store, layout, visible, selected);
      } else if (mod && (e.key === "z" || e.key === "Z")) {
        handled();
        if (e.shiftKey) s.redo();
        else s.undo();
      } else if (mod && e.key === "y") {
        handled();
        s.redo();
      } else if (!mod && (e.key === "w" || e.key === "?") && selected) {
        handled();
        ui.getState().set({ whyOpen: ui.getState().whyOpen === selected ? null : selected });
      } else if (!mod && e.key === "n" && edit) {
        handled();
        const col = selected ? layout.columns[layout.byId.get(selected)!.col] : undefined;
        startThread(store, ui, col ? col.speech : "1AC");
      } else if (e.key === "/" && !mod) {
        handled();
        // The first threads of a big debate alone would hide most answers: search waits for the rest.
        if (ui.getState().rest) ui.getState().set({ message: "Search opens once the whole sheet has loaded" });
        else document.getElementById(FLOW_SEARCH_ID)?.focus();
      } else if (e.key === "Escape") {
        if (ui.getState().whyOpen) ui.getState().set({ whyOpen: null });
        else if (selected) s.select(null);
        else return;
        handled();
      }
    },
    [store, ui, layout, visible, rows],
  );
}
