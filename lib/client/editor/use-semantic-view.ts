"use client";
import { useStore } from "@xyflow/react";
import { useCallback, useLayoutEffect, useMemo, useRef } from "react";
import type { SpatialGrid } from "@/lib/domain/spatial-grid";
import {
  buildTree,
  hiddenByCollapse,
  semanticView,
  type SemanticView,
  type Shown,
  type Tree,
} from "@/lib/domain/semantic-zoom";
import { bucketZoom, zoomBucket } from "@/lib/domain/semantic-zoom";
import { useEditor, useEditorStore } from "./editor-context";
import { nodeMap } from "./node-map";
import { useLevelsAhead } from "./use-levels-ahead";
import { semanticStore, useSemantic } from "./semantic-store";

const same = (a: Shown, b: Shown) =>
  a.width === b.width &&
  a.dx === b.dx &&
  a.dy === b.dy &&
  a.hidden === b.hidden &&
  a.cluster === b.cluster &&
  a.answers === b.answers;

/** The new view with every unchanged entry kept as the old object, so its node does not re-render. */
function keepEntries(prev: SemanticView | null, next: SemanticView): SemanticView {
  if (!prev || prev.zoom !== next.zoom) return next;
  for (const [id, s] of next.shown) {
    const old = prev.shown.get(id);
    if (old && same(old, s)) next.shown.set(id, old);
  }
  return next;
}

/**
 * The semantic view of the map for the current zoom bucket. The zoom is read as its bucket (one
 * selector per frame, no store write), so the view is computed again only when the bucket, the
 * collapsed set, the opened clusters or the map's shape (`grid`: positions, `edges`) change.
 */
export function useSemanticView(grid: SpatialGrid, deepest = 0): { view: SemanticView; tree: Tree } {
  const store = useEditorStore();
  const edges = useEditor((s) => s.edges);
  const bucket = useStore((s) => zoomBucket(s.transform[2]));
  const collapsed = useSemantic((s) => s.collapsed);
  const opened = useSemantic((s) => s.opened);
  const tree = useMemo(() => {
    void grid; // the positions stamp: a move reorders answers, an add or delete changes the tree
    return buildTree(Object.values(store.getState().nodes), Object.values(edges));
  }, [grid, edges, store]);
  const last = useRef<SemanticView | null>(null);
  // Views already computed for this tree, collapsed set and opened clusters, by bucket: zooming
  // back through a level costs a lookup (a 20,000-argument level takes a long frame to compute).
  const cache = useRef<{ key: unknown[]; views: Map<number, SemanticView> }>({ key: [], views: new Map() });
  /** The view at any bucket, from the cache (fitting the whole map asks for the buckets it tries). */
  const viewAt = useCallback(
    (b: number): SemanticView => {
      const key = [tree, collapsed, opened];
      if (key.some((k, i) => cache.current.key[i] !== k)) cache.current = { key, views: new Map() };
      let next = cache.current.views.get(b);
      if (!next) {
        next = semanticView({ nodes: nodeMap(store.getState().nodes), tree, zoom: bucketZoom(b), collapsed, opened });
        cache.current.views.set(b, next);
      }
      return next;
    },
    [tree, collapsed, opened, store],
  );
  const view = useMemo(() => keepEntries(last.current, viewAt(bucket)), [viewAt, bucket]);
  // A big map's levels come from a worker (`deepest`: how far it zooms out): each is kept unless
  // the tree or the folds have changed since, or that level was needed (and computed) meanwhile.
  const offer = useCallback(
    (v: SemanticView) => {
      const c = cache.current;
      if (![tree, collapsed, opened].every((k, i) => c.key[i] === k) || c.views.has(v.bucket)) return false;
      c.views.set(v.bucket, v);
      return true;
    },
    [tree, collapsed, opened],
  );
  const nodes = useCallback(() => store.getState().nodes, [store]);
  useLevelsAhead({ deepest, bucket, nodes, edges, collapsed, opened, grid, offer });
  const collapseHidden = useMemo(() => hiddenByCollapse(tree, collapsed), [tree, collapsed]);
  // Every card reads its entry from the store (useShown). On the map's first render the store is
  // filled here, before the cards mount, so that they do not all render a second time when the
  // effect below writes it (bench/open-trace.md, session 7). Later views go through the effect.
  if (semanticStore.getState().view === null) semanticStore.setState({ view, collapseHidden, viewAt });
  useLayoutEffect(() => {
    last.current = view;
    semanticStore.setState({ view, collapseHidden, viewAt });
  }, [view, collapseHidden, viewAt]);
  return { view, tree };
}
