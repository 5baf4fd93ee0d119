"use client";
import { createContext, useContext, useLayoutEffect, useMemo, useRef } from "react";
import type { FlowLayout } from "@/lib/domain/flow-layout";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { deleteAndMove, startAnswer, startSibling } from "@/lib/client/flowsheet/flow-actions";
import { focusGrid, useFlowUiStore } from "@/lib/client/flowsheet/flow-ui";
import type { FlowRows } from "./use-flow-layout";

/** What the selected cell's buttons do that needs the whole sheet (its layout and filters). */
type FlowCommands = { addBelow: (id: string) => void; remove: (id: string) => void };

const FlowCommandsContext = createContext<FlowCommands | null>(null);
export const FlowCommandsProvider = FlowCommandsContext.Provider;

/**
 * The grid's commands for the selected cell's buttons, one object for the sheet's life: it reads
 * the layout and filters of the last render, so no cell renders again when they change.
 */
export function useFlowCommands(layout: FlowLayout, { visible }: FlowRows): FlowCommands {
  const store = useEditorStore();
  const ui = useFlowUiStore();
  const latest = useRef({ layout, visible });
  useLayoutEffect(() => {
    latest.current = { layout, visible };
  });
  return useMemo(
    () => ({
      addBelow: (id) => startSibling(store, ui, latest.current.layout, id),
      remove: (id) => {
        deleteAndMove(store, latest.current.layout, latest.current.visible, id);
        focusGrid();
      },
    }),
    [store, ui],
  );
}

/**
 * The keys' actions for a pointer or a finger (a phone has no Tab, Shift+Enter or Delete), on the
 * selected argument's edges, over the gutters, so rows keep their height: → answers it in the next
 * speech, + adds another below it, × deletes it (Undo is in the sheet's bottom line). Out of the
 * Tab order: the grid is one stop, and its keys do the same there.
 */
export function CellActions({ id, answerable }: { id: string; answerable: boolean }) {
  const store = useEditorStore();
  const ui = useFlowUiStore();
  const commands = useContext(FlowCommandsContext);
  const act = (run: () => void) => (e: React.MouseEvent) => {
    e.stopPropagation();
    run();
  };
  return (
    <>
      {answerable && (
        <button
          type="button"
          className="fc-act fc-answer"
          tabIndex={-1}
          onClick={act(() => startAnswer(store, ui, id))}
          aria-label="Answer in the next speech"
          title="Answer it in the other side's next speech (Tab)"
        >
          <span aria-hidden="true">→</span>
        </button>
      )}
      {commands && (
        <span className="fc-below">
          <button
            type="button"
            className="fc-act fc-add-below"
            tabIndex={-1}
            onClick={act(() => commands.addBelow(id))}
            aria-label="Add an argument below"
            title="Add another argument below it, in this speech (Shift+Enter)"
          >
            <span aria-hidden="true">+</span>
          </button>
          <button
            type="button"
            className="fc-act fc-delete"
            tabIndex={-1}
            onClick={act(() => commands.remove(id))}
            aria-label="Delete this argument"
            title="Delete it and its connections (Delete; Ctrl+Z undoes)"
          >
            <span aria-hidden="true">×</span>
          </button>
        </span>
      )}
    </>
  );
}
