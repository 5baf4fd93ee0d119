"use client";
import { BaseEdge, getBezierPath, Position, type EdgeProps, type EdgeTypes } from "@xyflow/react";
import { memo } from "react";
import type { RelationRfEdge } from "@/lib/client/editor/to-flow";

/**
 * React Flow's bezier edge with its relation word centred on the curve and backed by a halo (a
 * stroke of the page's colour painted under the letters, globals.css) rather than a box. React
 * Flow's own label sizes its box by measuring the text (`getBBox`) after the first paint and then
 * draws every edge a second time; with nothing to measure, an edge is drawn once.
 */
const RelationEdge = memo(function RelationEdge(p: EdgeProps<RelationRfEdge>) {
  const [path, x, y] = getBezierPath({
    sourceX: p.sourceX,
    sourceY: p.sourceY,
    sourcePosition: p.sourcePosition ?? Position.Bottom,
    targetX: p.targetX,
    targetY: p.targetY,
    targetPosition: p.targetPosition ?? Position.Top,
  });
  return (
    <>
      <BaseEdge path={path} style={p.style} markerEnd={p.markerEnd} interactionWidth={p.interactionWidth} />
      {p.label ? (
        <g className="react-flow__edge-textwrapper">
          <text className="react-flow__edge-text" x={x} y={y} dy="0.3em" textAnchor="middle">
            {p.label}
          </text>
        </g>
      ) : null}
    </>
  );
});

// Declared once at module level: React Flow re-mounts every edge when this object changes.
export const edgeTypes: EdgeTypes = { relation: RelationEdge };
