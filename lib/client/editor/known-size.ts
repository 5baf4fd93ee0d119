import { Position, type NodeHandle } from "@xyflow/react";
import { estimateSize, NODE_WIDTH } from "@/lib/domain/layout";
import type { NodeDto } from "@/lib/domain/schemas";
import type { ArgumentRfNode } from "./to-flow";

// Where a full card's two handles sit in it: React Flow's stylesheet makes a handle a 6 px box
// (its `.react-flow__handle` wins over globals.css's `.handle`) centred on the edge of `.arg`'s
// padding box, inside the card's 5 px left border and 1 px right and top borders. Checked in
// e2e/specs/big-map-statuses.spec.ts: every edge ends where React Flow would have measured.
const HANDLE_PX = 6;
const BORDER_LEFT = 5;
const BORDER = 1;

function handlesOf(height: number): NodeHandle[] {
  const y = height / 2 - HANDLE_PX / 2;
  const w = { width: HANDLE_PX, height: HANDLE_PX };
  return [
    { type: "source", position: Position.Left, x: BORDER_LEFT - HANDLE_PX / 2, y, ...w },
    { type: "target", position: Position.Right, x: NODE_WIDTH - BORDER - HANDLE_PX / 2, y, ...w },
  ];
}

const sized = new WeakMap<ArgumentRfNode, ArgumentRfNode>();

/**
 * A full card whose height is its estimate (a big map's: see argument-node.tsx) has a size known
 * before it mounts: handed to React Flow with that size and its handles, it draws its edges in its
 * first paint, and React Flow's measure of it finds its size unchanged: no dimension change
 * reaches the editor store, so the canvas does not render again (React Flow still reads the
 * handles once, inside itself). A node React Flow has measured already keeps what it
 * measured; a card whose DOM differs from the estimate is measured as any other (React Flow reads
 * every node's size once it mounts, and corrects a size that differs).
 */
export function withKnownSize(node: ArgumentRfNode, row: NodeDto | undefined): ArgumentRfNode {
  if (node.measured || !row) return node;
  const { height } = estimateSize(row);
  let known = sized.get(node);
  if (!known || known.measured!.height !== height) {
    known = { ...node, measured: { width: NODE_WIDTH, height }, handles: handlesOf(height) };
    sized.set(node, known);
  }
  return known;
}

const handed = new WeakMap<readonly ArgumentRfNode[], ArgumentRfNode[]>();

/**
 * withKnownSize over a list; the same array as last time for the same list while every entry is
 * the same (an edit elsewhere in the rows must not hand React Flow a new list to adopt).
 */
export function withKnownSizes(
  nodes: readonly ArgumentRfNode[],
  rows: Readonly<Record<string, NodeDto>>,
): ArgumentRfNode[] {
  const next = nodes.map((n) => withKnownSize(n, rows[n.id]));
  const last = handed.get(nodes);
  if (last && last.length === next.length && next.every((n, i) => n === last[i])) return last;
  handed.set(nodes, next);
  return next;
}
