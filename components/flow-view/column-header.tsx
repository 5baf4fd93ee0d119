"use client";
import { memo } from "react";
import type { FlowColumn } from "@/lib/domain/flow-layout";
import { SPEECH_LABELS } from "@/lib/domain/vocabulary";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { startThread } from "@/lib/client/flowsheet/flow-actions";
import { useFlowUiStore } from "@/lib/client/flowsheet/flow-ui";

/** A speech's sticky header, coloured by the side that gives it, with "+" to start a thread there. */
export const ColumnHeader = memo(function ColumnHeader({ column, index }: { column: FlowColumn; index: number }) {
  const canEdit = useEditor((s) => s.canEdit);
  const store = useEditorStore();
  const ui = useFlowUiStore();
  const long = column.speech ? SPEECH_LABELS[column.speech].replace(/^[^—]*—\s*/, "") : "";
  const name = column.speech ?? "Unassigned";
  return (
    <div
      role="columnheader"
      aria-colindex={index + 1}
      className={`flow-head side-${column.side ?? "neutral"}${column.cx ? " is-cx" : ""}${column.speech ? "" : " is-unassigned"}`}
      style={{ gridRow: 1, gridColumn: index + 1 }}
      title={column.speech ? SPEECH_LABELS[column.speech] : "Arguments without a speech"}
    >
      <span className="flow-head-name">{name}</span>
      {column.speech && !column.cx && <span className="flow-head-long">{long}</span>}
      {canEdit && column.speech && !column.cx && (
        <button
          type="button"
          className="flow-head-add"
          tabIndex={-1}
          aria-label={`New ${column.speech} argument`}
          title={`New ${column.speech} argument (N)`}
          onClick={() => startThread(store, ui, column.speech)}
        >
          +
        </button>
      )}
    </div>
  );
});
