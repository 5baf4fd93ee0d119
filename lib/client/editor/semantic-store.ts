"use client";
import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";
import type { SemanticView, Shown } from "@/lib/domain/semantic-zoom";

/**
 * What the canvas shows at the current zoom bucket (lib/domain/semantic-zoom) and which subtrees
 * the user collapsed. Written when the bucket, the collapsed set or the map's shape changes, never
 * per zoom frame; each argument node reads only its own entry, so only nodes whose entry changed
 * re-render. One editor per page, so one store per page.
 */
export type SemanticState = {
  view: SemanticView | null;
  /** Arguments hidden inside a collapsed subtree (the keyboard skips them). */
  collapseHidden: ReadonlySet<string>;
  collapsed: ReadonlySet<string>;
  /** Clusters opened by a click in this visit (not remembered). */
  opened: ReadonlySet<string>;
  /** localStorage key of the collapsed set: `clash:collapsed:<user id or "guest">:<debate id>`. */
  key: string | null;
  /** Open a cluster: set by the canvas, which also frames what opens. */
  openCluster: (id: string) => void;
  /** The view at another bucket (cached), to frame what the whole map shows there. */
  viewAt: ((bucket: number) => SemanticView) | null;
};

const EMPTY: ReadonlySet<string> = new Set();

export const semanticStore = createStore<SemanticState>()(() => ({
  view: null,
  collapseHidden: EMPTY,
  collapsed: EMPTY,
  opened: EMPTY,
  key: null,
  openCluster: () => {},
  viewAt: null,
}));

export function collapseKey(userId: string | null, debateId: string): string {
  return `clash:collapsed:${userId ?? "guest"}:${debateId}`;
}

/** Load the collapsed set remembered for this person and debate (an unreadable entry counts as none). */
export function loadCollapsed(key: string): void {
  let collapsed: ReadonlySet<string> = EMPTY;
  try {
    const raw = window.localStorage.getItem(key);
    const ids: unknown = raw ? JSON.parse(raw) : [];
    // None remembered keeps the empty set the map opened with: a new one would compute its view again.
    if (Array.isArray(ids) && ids.length) collapsed = new Set(ids.filter((x): x is string => typeof x === "string"));
  } catch {
    // Storage refused or corrupt: start with nothing collapsed.
  }
  semanticStore.setState({ key, collapsed, opened: EMPTY });
}

/** A canvas that remembers nothing (a seminar's): nothing collapsed, no cluster opened. */
export function forgetCollapsed(): void {
  semanticStore.setState({ key: null, collapsed: EMPTY, opened: EMPTY });
}

/** Collapse (true) or expand (false) the subtree under `id`, and remember it. */
export function setCollapsed(id: string, collapse: boolean): void {
  const { collapsed, key } = semanticStore.getState();
  if (collapsed.has(id) === collapse) return;
  const next = new Set(collapsed);
  if (collapse) next.add(id);
  else next.delete(id);
  semanticStore.setState({ collapsed: next });
  if (!key) return;
  try {
    if (next.size) window.localStorage.setItem(key, JSON.stringify([...next]));
    else window.localStorage.removeItem(key);
  } catch {
    // Full or refused storage: the collapse still holds for this visit.
  }
}

export function useSemantic<T>(selector: (s: SemanticState) => T): T {
  return useStore(semanticStore, selector);
}

/** One argument's entry in the current view (undefined: hidden, or not computed yet). */
export function useShown(id: string): Shown | undefined {
  return useStore(semanticStore, (s) => s.view?.shown.get(id));
}
