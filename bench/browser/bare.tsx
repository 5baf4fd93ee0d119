// The baseline page: React Flow and nothing else, with the same nodes (positions and widths from
// the generated debate), the same edges, culling of off-screen elements, and the viewport and map
// size Clash opened with (`?vp=x,y,zoom,width,height`), so both draw the same part of the same map. A click on a node sets
// its label with setNodes: the bare-React-Flow side of the edit benchmark.
// Bundled by bench/browser/bare-server.ts with esbuild against the app's own React and React Flow.
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node, type Viewport } from "@xyflow/react";
import { createRoot } from "react-dom/client";
import type { FlowData } from "../generate";

declare global {
  interface Window {
    /** the label the next clicked node gets (set by the benchmark before it clicks) */
    __nextLabel?: string;
  }
}

const COLORS = { aff: "#dbeafe", neg: "#fee2e2", neutral: "#f1f5f9" } as const;

function Bare({
  data,
  viewport,
  size,
}: {
  data: FlowData;
  viewport: Viewport | null;
  size: { width: number; height: number } | null;
}) {
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

const params = new URLSearchParams(location.search);
const [x, y, zoom, width, height] = (params.get("vp") ?? "").split(",").map(Number);
const viewport = zoom ? { x: x!, y: y!, zoom } : null;
const size = width && height ? { width, height } : null;
const data = (await (await fetch(`/data/${params.get("n")}.flow.json`)).json()) as FlowData;
createRoot(document.getElementById("root")!).render(<Bare data={data} viewport={viewport} size={size} />);
