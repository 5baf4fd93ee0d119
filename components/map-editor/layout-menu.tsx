"use client";
import { useReactFlow } from "@xyflow/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { useDismiss } from "@/lib/client/use-dismiss";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { useMapView } from "@/lib/client/editor/map-view";
import { autoLayout } from "@/lib/client/editor/node-actions";

const LAYOUTS = [
  { kind: "tree", label: "Tree", hint: "answers to the right of what they answer (L)" },
  { kind: "compact", label: "Compact", hint: "answers beside what they answer, the two sides apart" },
  { kind: "speech", label: "By speech", hint: "speech columns, like a flow (Shift+L)" },
] as const;

/**
 * Auto-layout (the tree, as L) and, behind the arrow, the other layouts: one button's width in the
 * toolbar instead of three, so the toolbar fits one row at 1440 px.
 */
export function LayoutMenu() {
  const store = useEditorStore();
  const rf = useReactFlow();
  const busy = useMapView((s) => s.busy);
  const setBusy = useMapView((s) => s.setBusy);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => {
    // The first item takes the focus, so the menu works from the keyboard.
    if (open) root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);
  useDismiss(open, root, close);

  const run = (kind: (typeof LAYOUTS)[number]["kind"]) => {
    setOpen(false);
    void autoLayout(store, rf, kind, setBusy);
  };

  return (
    <div className="layout-menu" ref={root}>
      <button
        className="btn btn-split-main"
        onClick={() => run("tree")}
        disabled={!!busy}
        title="Lay out the map as a tree, answers to the right (L)"
      >
        Auto-layout
      </button>
      <button
        className="btn btn-split-more"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label="Other layouts"
        title="Other layouts: compact, by speech"
        disabled={!!busy}
        onClick={() => setOpen((o) => !o)}
      >
        ▾
      </button>
      {open && (
        <div className="export-popover layout-popover" role="menu" aria-label="Layouts">
          {LAYOUTS.map((l) => (
            <button key={l.kind} role="menuitem" className="export-item" onClick={() => run(l.kind)}>
              <span>{l.label}</span>
              <span className="muted small">{l.hint}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
