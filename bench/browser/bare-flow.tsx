// The bare React Flow map both baseline pages draw: bench/browser/bare.tsx (a static page and one
// esbuild bundle) and bench/floor (the same, as a page of this Next.js app). React Flow and nothing
// else, with the generated debate's nodes (positions, widths), its edges, culling of off-screen
// elements, and the viewport and map size Clash opened with (`?vp=x,y,zoom,width,height`). A click
// on a node sets its label with setNodes: the bare-React-Flow side of the edit benchmark.
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node, type Viewport } from "@xyflow/react";
import type { FlowData } from "../generate";

declare global {
  interface Window {
    /** the label the next clicked node gets (set by the benchmark before it clicks) */
    __nextLabel?: string;
  }
}

const COLORS = { aff: "#dbeafe", neg: "#fee2e2", neutral: "#f1f5f9" } as const;

export type BareView = { viewport: Viewport | null; size: { width: number; height: number } | null };

/** The opening viewport and map size a page's `?vp=` hands it (none: fit the map). */
export function bareView(search: string): BareView {
  const [x, y, zoom, width, height] = (new URLSearchParams(search).get("vp") ?? "").split(",").map(Number);
  return { viewport: zoom ? { x: x!, y: y!, zoom } : null, size: width && height ? { width, height } : null };
}

export function BareFlow({ data, viewport, size }: { data: FlowData } & BareView) {
  const [nodes, setNodes, onNodesChange] = useNodesState<Node>(
    data.nodes.map((n) => ({
      id: n.id,
      position: { x: n.x, y: n.y },
      data: { label: n.title },
      style: { width: n.w, background: COLORS[n.side] },
    })),
  );
  const [edges, , onEdgesChange] = useEdgesState<Edge>(data.edges);
  return (
    <div style={size ?? { width: "100%", height: "100%" }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeClick={(_, node) =>
          setNodes((ns) =>
            ns.map((n) => (n.id === node.id ? { ...n, data: { label: window.__nextLabel ?? "edited" } } : n)),
          )
        }
        onlyRenderVisibleElements
        minZoom={0.05}
        maxZoom={2}
        {...(viewport ? { defaultViewport: viewport } : { fitView: true })}
      />
    </div>
  );
}
