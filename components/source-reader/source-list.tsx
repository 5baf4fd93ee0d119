"use client";
import { useCallback, useState } from "react";
import { useShallow } from "zustand/shallow";
import { useEditor } from "@/lib/client/editor/editor-context";
import { useReader, useReaderStore } from "@/lib/client/reader/reader-context";
import { SourceFormDialog } from "./source-form-dialog";
import { SourceListItem } from "./source-list-item";

/** The debate's source library, with "Add source" for editors. */
export function SourceList() {
  const reader = useReaderStore();
  const canEdit = useEditor((s) => s.canEdit);
  const ids = useReader((s) => s.sourceIds);
  const sources = useReader(useShallow((s) => s.sourceIds.map((id) => s.sources[id]!)));
  // Card counts from the map itself, so they follow cuts and deletions at once.
  const counts = useEditor(
    useShallow((s) => {
      const by = new Map<string, number>();
      for (const id of s.order) {
        const src = s.nodes[id]?.evidence?.sourceId;
        if (src) by.set(src, (by.get(src) ?? 0) + 1);
      }
      return ids.map((id) => by.get(id) ?? 0);
    }),
  );
  const [adding, setAdding] = useState(false);
  const open = useCallback((id: string) => reader.getState().openSource(id), [reader]);

  return (
    <section className="stack source-list" aria-label="Sources">
      <div className="row spread">
        <h3>Library</h3>
        {canEdit && (
          <button
            type="button"
            className="btn btn-primary small"
            onClick={() => setAdding(true)}
            data-testid="add-source"
          >
            + Add source
          </button>
        )}
      </div>
      {sources.length === 0 ? (
        <div className="empty-state small">
          <p>No sources yet.</p>
          <p>
            {canEdit
              ? "Add a document by pasting its text or uploading a .txt, .md or .html file, then cut cards from it."
              : "The debate’s editors have not added any documents."}
          </p>
        </div>
      ) : (
        <ul className="source-items">
          {sources.map((s, i) => (
            <SourceListItem key={s.id} source={s} cards={counts[i] ?? 0} onOpen={open} />
          ))}
        </ul>
      )}
      {adding && <SourceFormDialog onClose={() => setAdding(false)} />}
    </section>
  );
}
