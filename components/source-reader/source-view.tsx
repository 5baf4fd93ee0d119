"use client";
import { useEffect, useState } from "react";
import { useEditor } from "@/lib/client/editor/editor-context";
import { useReader, useReaderStore } from "@/lib/client/reader/reader-context";
import { loadSource } from "@/lib/client/reader/source-actions";
import { DeleteSourceDialog } from "./delete-source-dialog";
import { SourceBody } from "./source-body";
import { SourceFormDialog } from "./source-form-dialog";
import { SourceHeader } from "./source-header";

/** One source in the reader: citation, then its text once loaded (with loading and error states). */
export function SourceView({ id }: { id: string }) {
  const reader = useReaderStore();
  const canEdit = useEditor((s) => s.canEdit);
  const summary = useReader((s) => s.sources[id]);
  const source = useReader((s) => s.texts[id]);
  const error = useReader((s) => s.loadErrors[id]);
  const report = useReader((s) => s.report);
  const [dialog, setDialog] = useState<"edit" | "delete" | null>(null);
  const version = summary?.version;

  useEffect(() => {
    if (version !== undefined) void loadSource(reader, id);
  }, [reader, id, version]);

  if (!summary) {
    return (
      <div className="empty-state small">
        This source is no longer in the library.{" "}
        <button type="button" className="btn btn-ghost small" onClick={() => reader.getState().closeSource()}>
          Back to all sources
        </button>
      </div>
    );
  }
  return (
    <article className="reader-source" data-testid="reader-source" aria-label={summary.title}>
      <SourceHeader
        source={summary}
        canEdit={canEdit}
        editReady={!!source}
        onBack={() => reader.getState().closeSource()}
        onEdit={() => setDialog("edit")}
        onDelete={() => setDialog("delete")}
      />
      {report && (
        <p className="reader-report" role="status">
          <span data-testid="reader-report">{report}</span>
          <button
            type="button"
            className="btn btn-ghost small"
            aria-label="Dismiss"
            onClick={() => reader.getState().setReport(null)}
          >
            ✕
          </button>
        </p>
      )}
      {error ? (
        <div className="reader-error" role="alert">
          <p>The text could not be loaded: {error}</p>
          <button type="button" className="btn small" onClick={() => void loadSource(reader, id, true)}>
            Try again
          </button>
        </div>
      ) : !source ? (
        <div className="reader-loading" aria-busy="true" data-testid="reader-loading">
          <span className="spinner" aria-hidden /> Loading the text…
        </div>
      ) : (
        <SourceBody source={source} />
      )}
      {dialog === "edit" && source && <SourceFormDialog source={source} onClose={() => setDialog(null)} />}
      {dialog === "delete" && <DeleteSourceDialog source={summary} onClose={() => setDialog(null)} />}
    </article>
  );
}
