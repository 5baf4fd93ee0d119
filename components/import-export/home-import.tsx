"use client";
import { useEffect, useRef, useState } from "react";
import { Dialog } from "@/components/ui/dialog";
import { ImportPanel } from "./import-panel";

const hasFiles = (e: DragEvent) => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes("Files");

/**
 * The home page's Import button, and a drop target covering the whole page: dragging a file over
 * shows an overlay, dropping it opens the import dialog with that file.
 */
export function HomeImport() {
  const [open, setOpen] = useState(false);
  const [dropped, setDropped] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  // A key per opening, so the panel starts fresh with each dropped file.
  const [session, setSession] = useState(0);
  const depth = useRef(0);

  useEffect(() => {
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current = 0;
      setDragging(false);
      const f = e.dataTransfer?.files[0];
      if (!f) return;
      setDropped(f);
      setSession((s) => s + 1);
      setOpen(true);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, []);

  return (
    <>
      <button
        className="btn"
        onClick={() => {
          setDropped(null);
          setSession((s) => s + 1);
          setOpen(true);
        }}
        title="Import Clash JSON, Argdown, AIF or a Kialo export (or drop a file on this page)"
      >
        Import
      </button>
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
          <div className="drop-overlay-box">
            <strong>Drop the file to import it</strong>
            <span>Clash JSON, Argdown, AIF, a Kialo .txt export or a Word .docx, up to 20 MB (Argdown 12 MB)</span>
          </div>
        </div>
      )}
      <Dialog open={open} onClose={() => setOpen(false)} title="Import a debate">
        <ImportPanel key={session} initialFile={dropped} />
      </Dialog>
    </>
  );
}
