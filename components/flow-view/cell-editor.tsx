"use client";
import { createContext, useContext, useRef } from "react";
import type { FlowLayout } from "@/lib/domain/flow-layout";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { cancelEdit, commitEdit, startSibling, startSiblingOfDraft } from "@/lib/client/flowsheet/flow-actions";
import { useFlowUiStore } from "@/lib/client/flowsheet/flow-ui";

/** The current flow layout, for the one cell that is being edited (cells themselves do not read it). */
export const FlowLayoutContext = createContext<FlowLayout | null>(null);

/**
 * A cell's title as a text box: Enter saves, Shift/Ctrl+Enter saves and starts the next argument
 * below, Escape cancels; leaving the box saves.
 */
export function CellEditor({ id, initial, label }: { id: string; initial: string; label: string }) {
  const store = useEditorStore();
  const ui = useFlowUiStore();
  const layout = useContext(FlowLayoutContext);
  const done = useRef(false);

  function finish(value: string, next: boolean) {
    if (done.current) return;
    done.current = true;
    const draft = ui.getState().editing?.draft ?? null;
    const saved = commitEdit(store, ui, value);
    if (!next || !saved) return;
    if (draft) startSiblingOfDraft(store, ui, draft);
    else if (layout) startSibling(store, ui, layout, id);
  }

  return (
    <textarea
      className="fc-input"
      aria-label={label}
      defaultValue={initial}
      placeholder="Type the argument, Enter to save"
      rows={2}
      maxLength={500}
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === "Enter") {
          e.preventDefault();
          finish(e.currentTarget.value, e.shiftKey || e.ctrlKey || e.metaKey);
        } else if (e.key === "Escape") {
          e.preventDefault();
          done.current = true;
          cancelEdit(ui);
        }
      }}
      onBlur={(e) => finish(e.currentTarget.value, false)}
    />
  );
}
