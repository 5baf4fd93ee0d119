"use client";
import { useReactFlow } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { useMapView } from "@/lib/client/editor/map-view";
import type { EditorState } from "@/lib/client/editor/editor-store";
import { focusNode } from "@/lib/client/editor/focus";
import { navIndex, navigate, type NavDirection, type NavIndex } from "@/lib/domain/map-navigation";
import { semanticStore, setCollapsed } from "@/lib/client/editor/semantic-store";
import { revealArgument } from "@/lib/client/editor/reveal";
import { startConnect } from "./connect-dialog";

const ARROWS: Record<string, NavDirection> = {
  ArrowLeft: "parent",
  ArrowRight: "child",
  ArrowUp: "previous",
  ArrowDown: "next",
};
const NUDGE: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

const indexes = new WeakMap<object, { nodes: object; hidden: object; index: NavIndex }>();

/**
 * The navigation index of the current graph without what collapsed subtrees hide, rebuilt only
 * when arguments, connections or the collapsed set changed.
 */
function indexOf(s: EditorState): NavIndex {
  const hidden = semanticStore.getState().collapseHidden;
  const hit = indexes.get(s.edges);
  if (hit && hit.nodes === s.nodes && hit.hidden === hidden) return hit.index;
  const nodes = Object.values(s.nodes).filter((n) => !hidden.has(n.id));
  const edges = Object.values(s.edges).filter((e) => !hidden.has(e.source) && !hidden.has(e.target));
  const index = navIndex(nodes, edges);
  indexes.set(s.edges, { nodes: s.nodes, hidden, index });
  return index;
}

const isField = (t: EventTarget | null): t is HTMLElement =>
  t instanceof HTMLElement && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName));

/**
 * The map driven from the keyboard: arrows move between arguments (left to what one answers, right
 * to its answers, up and down along its siblings), Alt+arrows move the argument itself (Shift for
 * bigger steps), Enter edits its title, K connects it to another argument, - and + collapse and expand its answers, and Esc in the
 * inspector goes back to the argument.
 * Focus follows the selection, so a screen reader reads the argument reached and the focus ring
 * shows where the keyboard is.
 */
export function useMapKeyboard() {
  const store = useEditorStore();
  const rf = useReactFlow();
  const editTitle = useMapView((m) => m.editTitle);
  // The parent the user last stepped down from, so up/down stay on that branch.
  const via = useRef<string | null>(null);

  useEffect(() => {
    const reveal = (id: string) => {
      const n = store.getState().nodes[id];
      if (n) revealArgument(rf, n.position);
    };
    const go = (id: string) => {
      store.getState().select(id);
      reveal(id);
      focusNode(id);
    };

    const onKey = (e: KeyboardEvent) => {
      const s = store.getState();
      if (e.key === "Escape" && isField(e.target) && e.target.closest(".inspector") && s.selectedNodeId) {
        // Leave the field (its blur saves it) and give the keyboard back to the argument.
        e.preventDefault();
        e.target.blur();
        focusNode(s.selectedNodeId);
        return;
      }
      if (isField(e.target) || (e.target instanceof HTMLElement && e.target.closest("dialog[open]"))) return;
      if (e.ctrlKey || e.metaKey) return;
      const sel = s.selectedNodeId;
      // K connects the selection to another argument chosen by title (the drag, without a mouse);
      // with nothing selected it first asks which argument to connect from. Wherever C, R and E
      // add (the panel's quote, a toolbar button): there a K that did nothing left the next
      // letters typed to add a claim.
      if ((e.key === "k" || e.key === "K") && s.canEdit && !e.altKey) {
        e.preventDefault();
        startConnect(sel && s.nodes[sel] ? sel : null);
        return;
      }
      // Only when the keyboard is on the map (an argument, the canvas or nothing in particular):
      // arrows in a toolbar menu or the reader keep their own meaning.
      const onMap = !(e.target instanceof HTMLElement) || e.target === document.body || !!e.target.closest(".canvas");
      if (!onMap) return;
      if (e.key in ARROWS) {
        e.preventDefault();
        if (e.altKey) {
          const n = sel ? s.nodes[sel] : undefined;
          if (!n || !s.canEdit) return;
          const [dx, dy] = NUDGE[e.key]!;
          const step = e.shiftKey ? 100 : 20;
          s.commit([
            {
              op: "updateNode",
              id: n.id,
              version: n.version,
              patch: { position: { x: n.position.x + dx * step, y: n.position.y + dy * step } },
            },
          ]);
          return;
        }
        if (e.shiftKey) return;
        if (!sel || !s.nodes[sel]) {
          const first = indexOf(s).roots[0] ?? s.order[0];
          if (first) go(first);
          return;
        }
        const dir = ARROWS[e.key]!;
        const next = navigate(indexOf(s), sel, dir, via.current);
        if (!next) return;
        if (dir === "child") via.current = sel;
        else if (dir === "parent") via.current = null;
        go(next);
        return;
      }
      // - collapses the answers under the selection, + (or =) shows them again.
      if ((e.key === "-" || e.key === "+" || e.key === "=") && sel && !e.altKey) {
        e.preventDefault();
        setCollapsed(sel, e.key === "-");
        return;
      }
      if (e.key === "Enter" && sel && !e.altKey && !e.shiftKey) {
        e.preventDefault();
        // Its title is edited in the panel: a hidden panel comes back for it.
        editTitle(sel);
      }
    };
    // A node reached with Tab becomes the selection, so the inspector follows the keyboard.
    const onFocus = (e: FocusEvent) => {
      const t = e.target instanceof HTMLElement ? e.target : null;
      const id = t?.classList.contains("react-flow__node") ? t.dataset.id : undefined;
      if (id && store.getState().selectedNodeId !== id) store.getState().select(id);
    };
    window.addEventListener("keydown", onKey);
    document.addEventListener("focusin", onFocus);
    return () => {
      window.removeEventListener("keydown", onKey);
      document.removeEventListener("focusin", onFocus);
    };
  }, [store, rf, editTitle]);
}
