"use client";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { speechesByDepth } from "@/lib/domain/speech-by-depth";
import type { Op } from "@/lib/domain/schemas";

/**
 * A map with arguments but no speeches (most imports) gets one click to put them on the flow:
 * each thread down from its root, every answer in its side's next speech. One undo step.
 */
export function AssignSpeeches() {
  const store = useEditorStore();
  const count = useEditor((s) => s.order.filter((id) => s.nodes[id]?.side !== "neutral").length);
  const canEdit = useEditor((s) => s.canEdit);
  if (count === 0) return null;
  const assign = () => {
    const s = store.getState();
    const plan = speechesByDepth(
      s.order.map((id) => s.nodes[id]!),
      Object.values(s.edges),
    );
    const ops: Op[] = [];
    for (const [id, speech] of plan) {
      const n = s.nodes[id];
      if (n) ops.push({ op: "updateNode", id, version: n.version, patch: { speech } });
    }
    if (ops.length) s.commit(ops);
  };
  return (
    <div className="flow-assign" data-testid="flow-assign">
      <p>
        This map has {count.toLocaleString("en-US")} argument{count === 1 ? "" : "s"}, none of them in a speech yet.
      </p>
      {canEdit ? (
        <button type="button" className="btn btn-primary" onClick={assign}>
          Place them in speeches by depth
        </button>
      ) : (
        <p className="hint">An editor can place them in speeches from here.</p>
      )}
    </div>
  );
}
