"use client";
import { useState } from "react";

/**
 * The row of a debate's title and buttons. On a phone the buttons marked `.header-secondary`
 * (Settings, Import…, Seminar…) fold behind "More actions" beside Share: the header took three
 * rows of a 844 px screen before the map's own tabs and toolbar (globals.css).
 */
export function DebateHeaderRow({ folds, children }: { folds: boolean; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div className={`debate-header-row${folds ? " folds" : ""}${open ? " header-more-open" : ""}`}>
      {children}
      {folds && (
        <button
          type="button"
          className={`btn btn-icon header-more${open ? " btn-active" : ""}`}
          aria-expanded={open}
          aria-label="More actions"
          title={open ? "Fewer actions" : "More actions: settings, import, seminar"}
          onClick={() => setOpen((o) => !o)}
        >
          <span aria-hidden="true">⋯</span>
        </button>
      )}
    </div>
  );
}
