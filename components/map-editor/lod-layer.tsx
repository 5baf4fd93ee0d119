"use client";
import { useStore } from "@xyflow/react";
import { memo, useEffect, useRef } from "react";
import { estimateSize } from "@/lib/domain/layout";
import { useEditorStore } from "@/lib/client/editor/editor-context";

const FILL = { aff: "#2563eb", neg: "#dc2626", neutral: "#64748b" } as const;

/**
 * The zoomed-out picture of a big map, drawn on one <canvas>: every argument a coloured block,
 * every connection a line, batched into one path per colour. React Flow renders nothing then.
 */
function LodLayerImpl() {
  const ref = useRef<HTMLCanvasElement>(null);
  const store = useEditorStore();
  const transform = useStore((s) => s.transform);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) return;
    const frame = requestAnimationFrame(() => {
      const dpr = window.devicePixelRatio || 1;
      canvas.width = width * dpr;
      canvas.height = height * dpr;
      const [tx, ty, zoom] = transform;
      ctx.setTransform(dpr * zoom, 0, 0, dpr * zoom, dpr * tx, dpr * ty);
      ctx.clearRect(-tx / zoom, -ty / zoom, width / zoom, height / zoom);
      const { nodes, edges } = store.getState();
      const edgePath = new Path2D();
      for (const e of Object.values(edges)) {
        const s = nodes[e.source],
          t = nodes[e.target];
        if (!s || !t) continue;
        edgePath.moveTo(s.position.x, s.position.y + 30);
        edgePath.lineTo(t.position.x + 280, t.position.y + 30);
      }
      ctx.strokeStyle = "rgba(100, 116, 139, 0.35)";
      ctx.lineWidth = 1 / zoom;
      ctx.stroke(edgePath);
      const paths = { aff: new Path2D(), neg: new Path2D(), neutral: new Path2D() };
      for (const n of Object.values(nodes)) {
        const size = estimateSize(n);
        paths[n.side].rect(n.position.x, n.position.y, size.width, size.height);
      }
      for (const side of ["aff", "neg", "neutral"] as const) {
        ctx.fillStyle = FILL[side];
        ctx.fill(paths[side]);
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [transform, width, height, store]);

  return <canvas ref={ref} className="lod-layer" style={{ width, height }} aria-hidden data-testid="lod-layer" />;
}

export const LodLayer = memo(LodLayerImpl);
