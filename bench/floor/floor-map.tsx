"use client";
// The "Next.js floor" (bench/open-trace.md, session 25): bench/browser/bare.tsx's page, the same
// React Flow with the same nodes, culling and opening viewport, rendered as a page of this app
// (its root layout and stylesheets, Next's runtime and hydration) instead of a static file and one
// bundle. What it costs over bare is the framework's share of the 100-argument open; what Clash
// costs over it is Clash's. `bash bench/floor/place.sh` puts it at /floor for a build.
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node, type Viewport } from "@xyflow/react";
import { useEffect, useState } from "react";

type FlowData = {
  nodes: { id: string; x: number; y: number; w: number; title: string; side: "aff" | "neg" | "neutral" }[];
  edges: Edge[];
};
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
  const [nodes, , onNodesChange] = useNodesState<Node>(
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
        onlyRenderVisibleElements
        minZoom={0.05}
        maxZoom={2}
        {...(viewport ? { defaultViewport: viewport } : { fitView: true })}
      />
    </div>
  );
}

export function FloorMap() {
  const [state, setState] = useState<{
    data: FlowData;
    viewport: Viewport | null;
    size: { width: number; height: number } | null;
  } | null>(null);
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const [x, y, zoom, width, height] = (params.get("vp") ?? "").split(",").map(Number);
    const viewport = zoom ? { x: x!, y: y!, zoom } : null;
    const size = width && height ? { width, height } : null;
    void fetch(`/floor/${params.get("n")}.flow.json`)
      .then((r) => r.json())
      .then((data: FlowData) => setState({ data, viewport, size }));
  }, []);
  return state ? <Bare {...state} /> : null;
}
