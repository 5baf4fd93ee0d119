"use client";
import { useReactFlow } from "@xyflow/react";
import { useEffect } from "react";
import { NODE_WIDTH } from "@/lib/domain/layout";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { useReader, useReaderStore } from "@/lib/client/reader/reader-context";
import type { ReaderTab } from "@/lib/client/reader/reader-store";
import dynamic from "next/dynamic";
import { ReaderResizer } from "./reader-resizer";

// The reader's contents load when it first opens, not with the map.
const loading = () => (
  <p className="reader-loading">
    <span className="spinner" /> Loading…
  </p>
);
const DebateSearch = dynamic(() => import("./debate-search").then((m) => m.DebateSearch), { ssr: false, loading });
const SourceList = dynamic(() => import("./source-list").then((m) => m.SourceList), { ssr: false, loading });
const SourceView = dynamic(() => import("./source-view").then((m) => m.SourceView), { ssr: false, loading });

const TABS: [ReaderTab, string][] = [
  ["sources", "Sources"],
  ["search", "Search"],
];

/** The panel between the canvas and the inspector: the source library and reader, and search. */
export function ReaderPanel() {
  const reader = useReaderStore();
  const open = useReader((s) => s.open);
  const width = useReader((s) => s.width);
  const tab = useReader((s) => s.tab);
  const sourceId = useReader((s) => s.openSourceId);
  const store = useEditorStore();
  const rf = useReactFlow();

  // The canvas narrows when the reader opens: keep the selected argument in view (same zoom).
  useEffect(() => {
    const n =
      open && store.getState().selectedNodeId ? store.getState().nodes[store.getState().selectedNodeId!] : undefined;
    if (!n) return;
    // After React Flow has measured its narrower pane (its ResizeObserver runs after layout).
    const t = setTimeout(
      () => void rf.setCenter(n.position.x + NODE_WIDTH / 2, n.position.y + 60, { zoom: rf.getZoom(), duration: 250 }),
      80,
    );
    return () => clearTimeout(t);
  }, [open, store, rf]);

  if (!open) return null;
  return (
    <aside className="reader-panel" style={{ width }} aria-label="Sources and search" data-testid="reader-panel">
      <ReaderResizer />
      <div className="reader-tabs row spread">
        <div role="tablist" aria-label="Reader" className="row">
          {TABS.map(([t, label]) => (
            <button
              key={t}
              type="button"
              role="tab"
              aria-selected={tab === t}
              className={`tab${tab === t ? " on" : ""}`}
              onClick={() =>
                t === "sources" && tab === "sources" ? reader.getState().closeSource() : reader.getState().setTab(t)
              }
            >
              {label}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="btn btn-ghost icon"
          onClick={() => reader.getState().toggle(false)}
          aria-label="Close the reader"
          title="Close (S)"
        >
          ✕
        </button>
      </div>
      <div className="reader-scroll" role="tabpanel" data-scroller>
        {tab === "search" ? <DebateSearch /> : sourceId ? <SourceView key={sourceId} id={sourceId} /> : <SourceList />}
      </div>
    </aside>
  );
}
