"use client";
import { useEditor } from "@/lib/client/editor/editor-context";
import { ShortcutList } from "./shortcut-list";

// The editing forms stay in the map's bundle: an editor who goes offline right after opening the
// map must still be able to edit (a deferred chunk cannot be fetched offline).
import { NodeInspector } from "./node-inspector";
import { EdgeInspector } from "./edge-inspector";

/** The right-hand panel: the selected argument or connection, or the legend and shortcuts. */
export function Inspector({ resolution }: { resolution: string }) {
  const nodeId = useEditor((s) => s.selectedNodeId);
  const edgeId = useEditor((s) => s.selectedEdgeId);
  return (
    // Focusable so keyboard users can scroll it when it holds no control (the legend, a long card).
    <aside className="inspector" aria-label="Inspector" data-testid="inspector" tabIndex={0}>
      {nodeId ? (
        <NodeInspector key={nodeId} id={nodeId} />
      ) : edgeId ? (
        <EdgeInspector key={edgeId} id={edgeId} />
      ) : (
        <div className="stack">
          <h2>Resolution</h2>
          <p className="resolution">{resolution || <span className="muted">No resolution yet.</span>}</p>
          <h3>Legend</h3>
          <ul className="legend">
            <li>
              <span className="swatch side-aff" /> Affirmative
            </li>
            <li>
              <span className="swatch side-neg" /> Negative
            </li>
            <li>
              <span className="swatch side-neutral" /> Neutral
            </li>
            <li>
              <span className="line rel-supports" /> supports / extends
            </li>
            <li>
              <span className="line rel-rebuts" /> rebuts / undercuts / turns
            </li>
          </ul>
          <p className="muted small">
            Select an argument to edit it. Drag from the dot on an argument’s left edge to the dot on the right edge of
            what it answers.
          </p>
          <ShortcutList />
        </div>
      )}
    </aside>
  );
}
