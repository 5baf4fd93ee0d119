"use client";
import { useEffect } from "react";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";

/** A refused change is rolled back and said plainly here. */
export function ErrorToast() {
  const store = useEditorStore();
  const error = useEditor((s) => s.error);
  useEffect(() => {
    if (!error) return;
    const t = setTimeout(() => store.getState().dismissError(), 8000);
    return () => clearTimeout(t);
  }, [error, store]);
  if (!error) return null;
  return (
    <div className="toast" role="alert" data-testid="error-toast">
      <span>{error}</span>
      <button className="btn btn-ghost small" onClick={() => store.getState().dismissError()} aria-label="Dismiss">
        ✕
      </button>
    </div>
  );
}
