"use client";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { startThread } from "@/lib/client/flowsheet/flow-actions";
import { useFlowUi, useFlowUiStore } from "@/lib/client/flowsheet/flow-ui";
import { AssignSpeeches } from "./assign-speeches";

/**
 * Shown while no argument has a speech yet: how a flow starts, and a button that starts it. A map
 * whose arguments all wait in the Unassigned column (an import) says so, and offers to place them.
 */
export function EmptyFlow() {
  const empty = useEditor((s) => !s.order.some((id) => s.nodes[id]?.speech));
  const some = useEditor((s) => s.order.length > 0);
  const canEdit = useEditor((s) => s.canEdit);
  const drafting = useFlowUi((s) => !!s.editing?.draft);
  const loading = useFlowUi((s) => s.rest !== null);
  const store = useEditorStore();
  const ui = useFlowUiStore();
  if (!empty || drafting || loading) return null;
  return (
    <div className="flow-empty" data-testid="flow-empty">
      <h2>{some ? "Nothing in a speech yet" : "Nothing on the flow yet"}</h2>
      <AssignSpeeches />
      <p className="flow-empty-how">
        {some && "Or write the flow yourself. "}Each speech is a column and each thread a row. Start with the first
        argument of the 1AC; then select an argument and press <kbd>Tab</kbd> to answer it in the other side&rsquo;s
        next speech, or <kbd>Shift</kbd>+<kbd>Enter</kbd> to add another argument below it.
      </p>
      {canEdit ? (
        <button
          type="button"
          // placing the map's arguments is the main way out when there are some
          className={some ? "btn" : "btn btn-primary"}
          onClick={() => startThread(store, ui, "1AC")}
        >
          + 1AC argument
        </button>
      ) : (
        <p className="hint">Arguments appear here once they are given a speech on the map.</p>
      )}
    </div>
  );
}
