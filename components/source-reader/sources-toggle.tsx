"use client";
import { useReader, useReaderStore } from "@/lib/client/reader/reader-context";

/** The toolbar button that opens and closes the reader (S). */
export function SourcesToggle() {
  const reader = useReaderStore();
  const open = useReader((s) => s.open);
  const count = useReader((s) => s.sourceIds.length);
  return (
    <button
      type="button"
      className={`btn${open ? " on" : ""}`}
      aria-pressed={open}
      onClick={() => reader.getState().toggle()}
      title="Sources and search (S)"
      data-testid="sources-toggle"
    >
      Sources <span className="badge">{count}</span>
    </button>
  );
}
