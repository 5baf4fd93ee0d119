"use client";
import { Background, Controls, MiniMap, ReactFlow, type Connection, type NodeTypes } from "@xyflow/react";
import { useCallback } from "react";
import { useEditor, useEditorStore } from "@/lib/flow/editor-context";
import type { ArgumentRfNode } from "@/lib/flow/to-flow";
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

const minimapColor = (n: ArgumentRfNode) => (n.data.side === "aff" ? "#2563eb" : n.data.side === "neg" ? "#dc2626" : "#64748b");

export function Canvas() {
  const store = useEditorStore();
  const rfNodes = useEditor((s) => s.rfNodes);
  const rfEdges = useEditor((s) => s.rfEdges);
  const canEdit = useEditor((s) => s.canEdit);
  const onNodesChange = useEditor((s) => s.onNodesChange);
  const onEdgesChange = useEditor((s) => s.onEdgesChange);

  const onConnect = useCallback((c: Connection) => {
    if (c.source && c.target) store.getState().setPendingConnection({ source: c.source, target: c.target });
  }, [store]);

  return (
    <div className="canvas" data-testid="canvas">
      <ReactFlow
        nodes={rfNodes}
        edges={rfEdges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onPaneClick={() => store.getState().select(null)}
        onEdgeClick={(_, e) => store.getState().selectEdge(e.id)}
        onNodeClick={(_, n) => store.getState().select(n.id)}
        nodesDraggable={canEdit}
        nodesConnectable={canEdit}
        elementsSelectable
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        fitView
        fitViewOptions={{ padding: 0.08, maxZoom: 1 }}
        minZoom={0.05}
        maxZoom={2}
        onlyRenderVisibleElements={rfNodes.length > 400}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} size={1} />
        <MiniMap pannable zoomable nodeColor={minimapColor} ariaLabel="Minimap" />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
