"use client";
import {
  ControlButton,
  Controls,
  ReactFlow,
  useReactFlow,
  useStoreApi,
  type Connection,
  type NodeTypes,
  type Viewport,
} from "@xyflow/react";
import type { EditorState } from "@/lib/client/editor/editor-store";
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useFitOnChange } from "@/lib/client/editor/use-fit-on-change";
import { isFiltering, passes, useMapView } from "@/lib/client/editor/map-view";
import { shownEvaluation, statusesArriveLate, useEvaluation } from "@/lib/client/editor/use-evaluation";
import { withKnownSizes, withShortSizes } from "@/lib/client/editor/known-size";
import { mapBox } from "@/lib/client/editor/map-box";
import { useSpatialGrid, useWindowedNodes, WINDOW_THRESHOLD, type View } from "@/lib/client/editor/use-windowed-nodes";
import { useGrowth } from "@/lib/client/editor/use-growth";
import { useSemanticView } from "@/lib/client/editor/use-semantic-view";
import { collapseKey, forgetCollapsed, loadCollapsed, semanticStore } from "@/lib/client/editor/semantic-store";
import { useCollabIdentity } from "@/lib/client/collab/collab-context";
import { zoomBucket, type SemanticView, type Tree } from "@/lib/domain/semantic-zoom";
import { estimateSize } from "@/lib/domain/layout";
import "@/app/semantic-zoom.css";
import { DotGrid } from "./dot-grid";
import { MapDock, useDockOpen } from "./overview-map";
import { useReader } from "@/lib/client/reader/reader-context";
import { WholeMapButton } from "./whole-map-button";
import { openingViewport } from "@/lib/domain/opening-view";
import { useEdgeNames } from "@/lib/client/editor/use-edge-names";
import { useLeastZoom, useShownGrid, useSteadyZoom } from "./use-steady-zoom";
import { useWarmLevels } from "./use-warm-levels";
import { ZoomButtons } from "./zoom-buttons";
import { useNodeDoubleClick } from "./use-node-double-click";
import { useKeepSelectionInView } from "./use-keep-selection-in-view";

import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import type { ArgumentRfNode, RelationRfEdge } from "@/lib/client/editor/to-flow";
import { ArgumentNode } from "./argument-node";
import { edgeTypes } from "./relation-edge";
import { sameCard } from "@/lib/client/editor/same-card";
import { NodeErrorBoundary } from "./node-error-boundary";
import { rowsInOrder } from "@/lib/client/editor/rows-in-order";

const SafeArgumentNode = memo(function SafeArgumentNode(props: React.ComponentProps<typeof ArgumentNode>) {
  return (
    <NodeErrorBoundary id={props.id}>
      <ArgumentNode {...props} />
    </NodeErrorBoundary>
  );
}, sameCard);

// Declared once at module level: React Flow re-mounts every node when this object changes.
const nodeTypes: NodeTypes = { argument: SafeArgumentNode };

/**
 * The opening view (lib/domain/opening-view): the whole map when it fits readably, else the
 * resolution and its first ring of answers with titles at 12 px or more. "See whole map" fits all.
 * `?node=` (the Map tab from focus mode or the outline) opens on that argument, selected, at full
 * size, so switching views keeps one's place.
 */
function openingTarget(s: EditorState, view: Size): { viewport: Viewport; select?: string } {
  const asked = new URLSearchParams(window.location.search).get("node");
  const held = asked ? s.nodes[asked] : undefined;
  if (held) {
    const size = estimateSize(held);
    const x = Math.round(view.width / 2 - (held.position.x + size.width / 2));
    const y = Math.round(view.height / 2 - (held.position.y + size.height / 2));
    return { viewport: { x, y, zoom: 1 }, select: held.id };
  }
  const nodes = rowsInOrder(s.nodes, s.order);
  return { viewport: openingViewport(nodes, Object.values(s.edges), view, mapBox(s.nodes)) };
}

type Size = { width: number; height: number };

function canvasSize(): Size | null {
  const el = document.querySelector(".canvas");
  return el ? { width: el.clientWidth, height: el.clientHeight } : null;
}

/** The view the map opens on: its viewport (and `?node=`'s selection) and the canvas's size. */
type Opening = Size & { viewport: Viewport; select?: string };

/**
 * The opening viewport, known before React Flow mounts, so that its first paint is already the
 * opening view: set from `onInit` alone, it came a task after the nodes' first paint (behind the
 * long task that renders them) and every card was laid out and painted a second time at the new
 * transform (bench/open-trace.md, session 7). React Flow mounts one commit later, before any
 * paint, once panels that open in the first commit (the overview dock) have taken their room.
 */
function useOpening(store: ReturnType<typeof useEditorStore>): Opening | null {
  const [settled, setSettled] = useState(false);
  const [opening, setOpening] = useState<Opening | null>(null);
  useLayoutEffect(() => {
    if (opening) return;
    if (!settled) return setSettled(true);
    const view = canvasSize() ?? { width: 0, height: 0 };
    setOpening({ ...view, ...openingTarget(store.getState(), view) });
  }, [settled, opening, store]);
  return opening;
}

/** The view an opening shows, in flow coordinates: the first window is taken around it. */
function viewOfOpening({ viewport: { x, y, zoom }, width, height }: Opening): View {
  return { x0: -x / zoom, y0: -y / zoom, x1: (width - x) / zoom, y1: (height - y) / zoom, zoom };
}

/** Hide what the map filter leaves out (React Flow drops their edges too). */
function useFilteredNodes(rfNodes: ArgumentRfNode[]): ArgumentRfNode[] {
  const filter = useMapView((s) => s.filter);
  const nodes = useEditor((s) => s.nodes);
  const active = isFiltering(filter);
  // Subscribed only while a filter needs the statuses: a big map's arrive from the worker after
  // its first view, and their arrival should not render the whole canvas again.
  const evaluation = useEvaluation(active);
  return useMemo(() => {
    if (!active) return rfNodes;
    return rfNodes.map((r) => {
      const n = nodes[r.id];
      const hidden = !n || !passes(filter, n, evaluation.get(r.id)?.status);
      return r.hidden === hidden ? r : { ...r, hidden };
    });
  }, [rfNodes, nodes, filter, active, evaluation]);
}

/**
 * Only what the semantic view shows (collapsed subtrees and crowded answers stay out of React
 * Flow), each short card where the view put it (spread columns, slid within its subtree's band):
 * React Flow draws the edges to where the cards are.
 */
function useShownElements(nodes: ArgumentRfNode[], edges: RelationRfEdge[], view: SemanticView) {
  return useMemo(() => {
    const moved = (n: ArgumentRfNode) => {
      const s = view.shown.get(n.id);
      return s && (s.dx || s.dy) ? { ...n, position: { x: n.position.x + s.dx, y: n.position.y + s.dy } } : n;
    };
    if (nodes.every((n) => view.shown.has(n.id))) return { nodes: view.bucket > 0 ? nodes.map(moved) : nodes, edges };
    const shownNodes = nodes.filter((n) => view.shown.has(n.id)).map(moved);
    return { nodes: shownNodes, edges: edges.filter((e) => view.shown.has(e.source) && view.shown.has(e.target)) };
  }, [nodes, edges, view]);
}

/**
 * Cards handed to React Flow with their size and handles where known: zoomed out, every short
 * card (withShortSizes); in the detail view, a full card React Flow holds at another size than
 * the one it measured last (back from a short card), and while `estimate`, the cards not yet
 * measured at their estimated size (withKnownSizes).
 */
function useKnownSizes(nodes: ArgumentRfNode[], view: SemanticView, estimate: boolean): ArgumentRfNode[] {
  const rows = useEditor((s) => s.nodes);
  const rf = useStoreApi();
  // Each case depends on what it reads only: a zoomed-out view's sizes are its own, not the rows'.
  const shortView = view.bucket > 0 ? view : null;
  const estimateFrom = estimate && !shortView ? rows : null;
  return useMemo(() => {
    if (shortView) return withShortSizes(nodes, shortView);
    // Read when the list changes (a crossing into the detail view is one): what React Flow holds now.
    const { nodeLookup } = rf.getState();
    return withKnownSizes(nodes, estimateFrom, (id) => nodeLookup.get(id)?.measured);
  }, [nodes, shortView, estimateFrom, rf]);
}

/**
 * Remember collapsed subtrees per person and debate (localStorage), loaded when the map opens.
 * A seminar's canvas has no collaboration context: there folds last only as long as the page.
 */
function useCollapsedMemory() {
  const who = useCollabIdentity();
  const key = who ? collapseKey(who.me, who.debateId) : null;
  useEffect(() => {
    if (key) loadCollapsed(key);
    else forgetCollapsed();
  }, [key]);
}

/**
 * Open a cluster: its answers show whatever the crowding, and the view frames them (the argument
 * and its answers) when that means zooming in.
 */
function useOpenCluster(rf: ReturnType<typeof useReactFlow>, tree: Tree) {
  const store = useEditorStore();
  useEffect(() => {
    semanticStore.setState({
      openCluster(id) {
        const s = semanticStore.getState();
        semanticStore.setState({ opened: new Set(s.opened).add(id) });
        const nodes = store.getState().nodes;
        const ids = [id, ...(tree.children.get(id) ?? [])];
        let x0 = Infinity,
          y0 = Infinity,
          x1 = -Infinity,
          y1 = -Infinity;
        for (const k of ids) {
          const n = nodes[k];
          if (!n) continue;
          const size = estimateSize(n);
          x0 = Math.min(x0, n.position.x);
          y0 = Math.min(y0, n.position.y);
          x1 = Math.max(x1, n.position.x + size.width);
          y1 = Math.max(y1, n.position.y + size.height);
        }
        if (x0 === Infinity) return;
        const el = document.querySelector(".canvas");
        const fit = el ? Math.min(el.clientWidth / (x1 - x0 + 80), el.clientHeight / (y1 - y0 + 80)) : 0;
        // Frame them, up to the detail view's zoom (no further: a cluster of two would fill the screen).
        const zoom = Math.min(fit, 1);
        if (zoom > rf.getZoom()) void rf.setCenter((x0 + x1) / 2, (y0 + y1) / 2, { zoom, duration: 250 });
      },
    });
  }, [rf, tree, store]);
}

const PRO_OPTIONS = { hideAttribution: true };

/**
 * React Flow's event props, the same functions across renders. The canvas renders again at every
 * frame of a drag (the moved card's position); a new function in any of these props renders
 * React Flow's node and edge renderers again, and with them every mounted card's and line's
 * wrapper (100 components a frame on the 100-argument map, against the one card and its lines
 * bare React Flow renders: e2e/specs/drag-renders.spec.ts).
 */
function useFlowHandlers(view: SemanticView, select: string | undefined) {
  const store = useEditorStore();
  const shown = useRef(view);
  useLayoutEffect(() => {
    shown.current = view;
  });
  return {
    onPaneClick: useCallback(() => store.getState().select(null), [store]),
    onEdgeClick: useCallback((_: unknown, e: { id: string }) => store.getState().selectEdge(e.id), [store]),
    onNodeClick: useCallback(
      (_: unknown, n: { id: string }) => {
        store.getState().select(n.id);
        // Zoomed out, a click on a cluster opens it (the count button does the same).
        const v = shown.current;
        if (v.bucket > 0 && v.shown.get(n.id)?.cluster) semanticStore.getState().openCluster(n.id);
      },
      [store],
    ),
    // The view is already the opening one (defaultViewport); `?node=` selects its argument.
    onInit: useCallback(() => select && store.getState().select(select), [store, select]),
  };
}

export function Canvas() {
  const store = useEditorStore();
  const filter = useMapView((s) => s.filter);
  // When the filter changes, frame what is left to see (all of it, not only what is windowed in).
  const shown = () => {
    const s = store.getState();
    const evaluation = shownEvaluation(store);
    return s.order.flatMap((id) => {
      const n = s.nodes[id];
      return n && passes(filter, n, evaluation.get(id)?.status) ? [n] : [];
    });
  };
  useFitOnChange(filter, { padding: 0.1, delayMs: 50, nodes: shown });
  const allRfNodes = useEditor((s) => s.rfNodes);
  const filtered = useFilteredNodes(allRfNodes);
  const allRfEdges = useEditor((s) => s.rfEdges);
  const big = allRfNodes.length > WINDOW_THRESHOLD;
  const nodesById = useEditor((s) => s.nodes);
  const selectedId = useEditor((s) => s.selectedNodeId);
  const order = useEditor((s) => s.order);
  const grid = useSpatialGrid(nodesById, order);
  const rf = useReactFlow();
  useCollapsedMemory();
  const minZoom = useLeastZoom(grid);
  const { view, tree } = useSemanticView(grid, big ? zoomBucket(minZoom) : 0);
  useOpenCluster(rf, tree);
  // A map is windowed first (by where the view draws its cards), and only the arguments near
  // the view are then placed: placing all 20,000 at each zoom level cost more than the level.
  const shownGrid = useShownGrid(view, grid);
  const opening = useOpening(store);
  const firstView = useMemo(() => (opening ? viewOfOpening(opening) : null), [opening]);
  // A small map's cards beyond the window come once the map is left alone (use-growth).
  const grown = useGrowth(opening !== null);
  const windowed = useWindowedNodes(filtered, allRfEdges, shownGrid, selectedId, firstView, grown);
  const { nodes: shownNodes, edges: shownEdges } = useShownElements(windowed.nodes, windowed.edges, view);
  const rfNodes = useKnownSizes(shownNodes, view, statusesArriveLate(store));
  // Zoomed out, the relation words are not drawn: leaving them out spares React Flow measuring them.
  const rfEdges = useEdgeNames(shownEdges, view.bucket === 0);
  const canEdit = useEditor((s) => s.canEdit);
  const onNodesChange = useEditor((s) => s.onNodesChange);
  const onEdgesChange = useEditor((s) => s.onEdgesChange);

  const canvasRef = useRef<HTMLDivElement>(null);
  const { zoomBy, onMoveStart, onMoveEnd } = useSteadyZoom(rf, tree, canvasRef);
  useWarmLevels(big, grid, view.bucket, minZoom);

  const [dockChosen, setDockOpen] = useDockOpen(allRfNodes.length);
  const closeDock = useCallback(() => setDockOpen(false), [setDockOpen]);
  // The reader takes the overview's column while it is open (with both, the map had ~420 px at
  // 1440); the dock comes back when it closes, as the person left it.
  const reading = useReader((s) => s.open);
  const dockOpen = dockChosen && !reading;

  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source && c.target) store.getState().setPendingConnection({ source: c.source, target: c.target });
    },
    [store],
  );
  const { onPaneClick, onEdgeClick, onNodeClick, onInit } = useFlowHandlers(view, opening?.select);
  useNodeDoubleClick(canvasRef, view.bucket);
  useKeepSelectionInView(canvasRef);

  return (
    <>
      <div
        ref={canvasRef}
        className={view.bucket > 0 ? "canvas is-semantic" : "canvas"}
        data-testid="canvas"
        data-zoom-bucket={view.bucket}
        // A small map holds every card once it has grown (use-growth); a big one stays windowed.
        data-whole={big ? undefined : String(grown === "all")}
        // Zoomed out, cards are drawn at a fixed size on screen: 1 / the bucket's zoom (semantic-zoom.css).
        style={{ "--s": String(1 / view.zoom) } as React.CSSProperties}
      >
        {opening && (
          <ReactFlow
            defaultViewport={opening.viewport}
            nodes={rfNodes}
            edges={rfEdges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnect={onConnect}
            onPaneClick={onPaneClick}
            onEdgeClick={onEdgeClick}
            onNodeClick={onNodeClick}
            // Zoomed out, a card stands where the overview put it, not at its argument's position:
            // arguments move in the detail view.
            nodesDraggable={canEdit && view.bucket === 0}
            nodesConnectable={canEdit}
            elementsSelectable
            deleteKeyCode={null}
            // Our own keys (useMapKeyboard): arrows move between arguments, Alt+arrows move one.
            disableKeyboardA11y
            // Not a Tab stop each (they came before every argument and, with our keys, did nothing
            // when focused): an argument's connections are edited in its panel, by keyboard too.
            // Each keeps its name for a screen reader ("'A' rebuts 'B'").
            edgesFocusable={false}
            selectionKeyCode={null}
            multiSelectionKeyCode={null}
            onInit={onInit}
            onMoveStart={onMoveStart}
            onMoveEnd={onMoveEnd}
            minZoom={minZoom}
            maxZoom={2}
            // A big map zoomed out mounts only the cards on screen, not its window's margin (2–7
            // times as many): each crossing into a level renders every mounted card again, and
            // its short cards are cheap to mount as a pan brings them in. In the detail view the
            // window's full cards stay mounted, so that panning there mounts none.
            onlyRenderVisibleElements={rfNodes.length > WINDOW_THRESHOLD || (big && view.bucket > 0)}
            proOptions={PRO_OPTIONS}
          >
            {/* Both redraw without a React render while the view moves (nothing per pan frame). */}
            <DotGrid ground={!big} />
            {/* Our own zoom buttons: they keep what is at the view's centre across the overview's levels. */}
            <Controls showInteractive={false} showZoom={false} showFitView={false}>
              <ZoomButtons zoomBy={zoomBy} />
              {!big && !dockOpen && !reading && (
                <ControlButton
                  onClick={() => setDockOpen(true)}
                  title="Show the overview"
                  aria-label="Show the overview"
                >
                  ▣
                </ControlButton>
              )}
            </Controls>
            <WholeMapButton />
          </ReactFlow>
        )}
      </div>
      {/* The minimap docks beside the canvas (never over an argument); a map too big for it has none. */}
      {!big && dockOpen && <MapDock onClose={closeDock} />}
    </>
  );
}
