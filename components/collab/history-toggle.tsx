"use client";
import { useEffect } from "react";
import { useHistoryPanel } from "@/lib/client/collab/collab-context";
import dynamic from "next/dynamic";
import { escapeCloses } from "@/lib/client/escape-closes";
import { typing } from "@/lib/client/typing";

// Loaded when first opened: most visits never open the history.
const HistoryPanel = dynamic(() => import("./history-panel").then((m) => m.HistoryPanel), { ssr: false });

/** The toolbar's History button (H); the panel itself is HistoryHost. */
export function HistoryButton() {
  const open = useHistoryPanel((s) => s.historyOpen);
  const toggle = useHistoryPanel((s) => s.toggleHistory);
  return (
    <button
      type="button"
      className={`btn${open ? " btn-active" : ""}`}
      aria-pressed={open}
      onClick={toggle}
      data-panel-toggle="history"
      title="Every change, with restore (H)"
    >
      History
    </button>
  );
}

/** The History panel beside the map while open, and its H shortcut (ignored while typing). */
export function HistoryHost() {
  const open = useHistoryPanel((s) => s.historyOpen);
  const toggle = useHistoryPanel((s) => s.toggleHistory);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || (e.key !== "h" && e.key !== "H") || typing(e.target)) return;
      e.preventDefault();
      toggle();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [toggle]);
  // display: contents: the panel stays the editor's flex child; the wrapper only hears its keys.
  return open ? (
    <div style={{ display: "contents" }} onKeyDown={escapeCloses(toggle, "history")}>
      <HistoryPanel />
    </div>
  ) : null;
}
