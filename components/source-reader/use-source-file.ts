"use client";
import { useState } from "react";
import { readSourceFile, type ReadFile } from "./read-source-file";

/** Read a chosen or dropped file, keeping the reading state and a clear error; plus drop handlers for any element. */
export function useSourceFile(onFile: (f: ReadFile) => void) {
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [dragging, setDragging] = useState(false);

  const take = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setReading(true);
    try {
      onFile(await readSourceFile(file));
    } catch (err) {
      setError(err instanceof Error ? err.message : "the file could not be read");
    } finally {
      setReading(false);
    }
  };

  const dropProps = {
    onDragOver: (e: React.DragEvent) => {
      if (!e.dataTransfer.types.includes("Files")) return;
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: (e: React.DragEvent) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop: (e: React.DragEvent) => {
      e.preventDefault();
      setDragging(false);
      void take(e.dataTransfer.files[0]);
    },
  };

  return { take, error, reading, dragging, dropProps, clearError: () => setError(null) };
}
