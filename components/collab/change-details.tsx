"use client";
import { useCallback } from "react";
import type { HistoryEntryDto } from "@/lib/domain/changes";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { describeChange } from "@/lib/client/collab/describe-change";

/** A change's before and after in plain words, one field per row. */
export function ChangeDetails({ entry }: { entry: HistoryEntryDto }) {
  const store = useEditorStore();
  // Names of the arguments a connection joins, as they are now (read once, not subscribed).
  const titleOf = useCallback((id: string) => store.getState().nodes[id]?.title, [store]);
  const lines = describeChange(entry, titleOf);
  if (!lines.length) return <p className="muted small">No visible fields changed.</p>;
  return (
    <dl className="change-lines" data-testid="change-lines">
      {lines.map((l, i) => (
        <div key={i} className="change-line">
          <dt>{l.label}</dt>
          <dd>
            {l.before !== undefined && <del className="change-before">{l.before || "(empty)"}</del>}
            {l.before !== undefined && l.after !== undefined && (
              <span className="change-arrow" aria-label="became">
                {" "}
                →{" "}
              </span>
            )}
            {l.after !== undefined && <ins className="change-after">{l.after || "(empty)"}</ins>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
