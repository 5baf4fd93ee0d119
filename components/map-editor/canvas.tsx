"use client";
import {
  Controls,
  ReactFlow,
  useReactFlow,
  type Connection,
  type NodeTypes,
  type ReactFlowInstance,
} from "@xyflow/react";
import type { EditorState } from "@/lib/client/editor/editor-store";
import { useCallback, useMemo } from "react";
import { useFitOnChange } from "@/lib/client/editor/use-fit-on-change";
import { isFiltering, passes, useMapView } from "@/lib/client/editor/map-view";
import { useEvaluation } from "@/lib/client/editor/use-evaluation";
import { jumpTo } from "@/lib/client/editor/node-actions";
import { useSpatialGrid, useWindowedNodes, WINDOW_THRESHOLD } from "@/lib/client/editor/use-windowed-nodes";
import type { NodeDto } from "@/lib/domain/schemas";
import { LodLayer } from "./lod-layer";
import { DotGrid } from "./dot-grid";
import { OverviewMap } from "./overview-map";
import { WholeMapButton } from "./whole-map-button";
import { openingViewport } from "@/lib/domain/opening-view";
import { useEdgeNames } from "@/lib/client/editor/use-edge-names";

const NO_NODES: Record<string, NodeDto> = {};
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import type { ArgumentRfNode, RelationRfEdge } from "@/lib/client/editor/to-flow";
import { ArgumentNode } from "./argument-node";
import { NodeErrorBoundary } from "./node-error-boundary";

function SafeArgumentNode(props: React.ComponentProps<typeof ArgumentNode>) {
  return (
    <NodeErrorBoundary id={props.id}>
      <ArgumentNode {...props} />
    </NodeErrorBoundary>
  );
}

// Declared once at module level: React Flow re-mounts every node when this object changes.
const nodeTypes: NodeTypes = { argument: SafeArgumentNode };

/**
 * The opening view (lib/domain/opening-view): the whole map when it fits readably, else the
 * resolution and its first ring of answers with titles at 12 px or more. "See whole map" fits all.
 */
function openingView(rf: ReactFlowInstance<ArgumentRfNode, RelationRfEdge>, s: EditorState) {
  const el = document.querySelector(".canvas");
  if (!el) return;
  const nodes = s.order.flatMap((id) => (s.nodes[id] ? [s.nodes[id]] : []));
  const view = { width: el.clientWidth, height: el.clientHeight };
  void rf.setViewport(openingViewport(nodes, Object.values(s.edges), view));
}

/** Hide what the map filter leaves out (React Flow drops their edges too). */
function useFilteredNodes(rfNodes: ArgumentRfNode[]): ArgumentRfNode[] {
  const filter = useMapView((s) => s.filter);
  const nodes = useEditor((s) => s.nodes);
  const active = isFiltering(filter);
  const evaluation = useEvaluation();
  return useMemo(() => {
    if (!active) return rfNodes;
    return rfNodes.map((r) => {
      const n = nodes[r.id];
      const hidden = !n || !passes(filter, n, evaluation.get(r.id)?.status);
      return r.hidden === hidden ? r : { ...r, hidden };
    });
  }, [rfNodes, nodes, filter, active, evaluation]);
}

export function Canvas() {
  const store = useEditorStore();
  const filter = useMapView((s) => s.filter);
  // When the filter changes, frame what is left to see (all of it, not only what is windowed in).
  const evaluation = useEvaluation();
  const shown = () => {
    const s = store.getState();
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
  const nodesById = useEditor((s) => (big ? s.nodes : NO_NODES));
  const selectedId = useEditor((s) => s.selectedNodeId);
  const grid = useSpatialGrid(nodesById);
  const { nodes: rfNodes, edges: windowedEdges, lod } = useWindowedNodes(filtered, allRfEdges, grid, selectedId);
  const rfEdges = useEdgeNames(windowedEdges);
  const rf = useReactFlow();
  const canEdit = useEditor((s) => s.canEdit);
  const onNodesChange = useEditor((s) => s.onNodesChange);
  const onEdgesChange = useEditor((s) => s.onEdgesChange);

  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source && c.target) store.getState().setPendingConnection({ source: c.source, target: c.target });
    },
    [store],
  );

  return (
    <div className="canvas" data-testid="canvas">
      <ReactFlow
        nodes={rfNodes}
        edges={rfEdges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onPaneClick={(e) => {
          // Zoomed out on a big map, the canvas layer shows the arguments: a click zooms in on one.
          const at = lod ? rf.screenToFlowPosition({ x: e.clientX, y: e.clientY }) : null;
          const hit = at ? grid.at(at.x, at.y) : null;
          if (hit) jumpTo(store, rf, hit);
          else store.getState().select(null);
        }}
        onEdgeClick={(_, e) => store.getState().selectEdge(e.id)}
        onNodeClick={(_, n) => store.getState().select(n.id)}
        nodesDraggable={canEdit}
        nodesConnectable={canEdit}
        elementsSelectable
        deleteKeyCode={null}
        // Our own keys (useMapKeyboard): arrows move between arguments, Alt+arrows move one.
        disableKeyboardA11y
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        onInit={(rf) => openingView(rf, store.getState())}
        minZoom={0.05}
        maxZoom={2}
        onlyRenderVisibleElements={rfNodes.length > 400}
        proOptions={{ hideAttribution: true }}
      >
        {/* Both redraw without a React render while the view moves (nothing per pan frame). */}
        <DotGrid />
        {!big && <OverviewMap />}
        {lod && <LodLayer />}
        {lod && (
          <div className="lod-hint" data-testid="lod-hint">
            Zoomed out — click an argument to zoom in
          </div>
        )}
        <Controls showInteractive={false} />
        <WholeMapButton />
      </ReactFlow>
    </div>
  );
}
