import { Position, type NodeHandle } from "@xyflow/react";
import { estimateSize } from "@/lib/domain/layout";
import type { NodeDto } from "@/lib/domain/schemas";
import { CARD, type SemanticView } from "@/lib/domain/semantic-zoom";
import type { ArgumentRfNode } from "./to-flow";

// Where a full card's two handles sit in it: React Flow's stylesheet makes a handle a 6 px box
// (its `.react-flow__handle` wins over globals.css's `.handle`) centred on the edge of `.arg`'s
// padding box, inside the card's 5 px left border and 1 px right and top borders. Checked in
// e2e/specs/big-map-statuses.spec.ts: every edge ends where React Flow would have measured.
const HANDLE_PX = 6;
const BORDER_LEFT = 5;
const BORDER = 1;

/** Two handles centred on the vertical middle, on the edges at `left` and `right` (node units). */
function handlesAt(left: number, right: number, height: number): NodeHandle[] {
  const y = height / 2 - HANDLE_PX / 2;
  const w = { width: HANDLE_PX, height: HANDLE_PX };
  return [
    { type: "source", position: Position.Left, x: left - HANDLE_PX / 2, y, ...w },
    { type: "target", position: Position.Right, x: right - HANDLE_PX / 2, y, ...w },
  ];
}

/** A full card's handles, for a card of this size (its padding box's side edges, half way down). */
function handlesOf(width: number, height: number): NodeHandle[] {
  return handlesAt(BORDER_LEFT, width - BORDER, height);
}

const sized = new WeakMap<ArgumentRfNode, ArgumentRfNode>();

type Size = { width: number; height: number };
/** React Flow's current size for a node it holds (its last measure), if any. */
export type Held = (id: string) => Partial<Size> | undefined;

/**
 * A full card handed to React Flow with its handles where React Flow would otherwise draw its
 * edges from handles it does not have, or no longer right:
 * - Measured before (the editor store keeps React Flow's last measure of the detail view) but
 *   held by React Flow at another size (`held`: a card coming back from a short one, whose handle
 *   bounds React Flow keeps until it measures the card again): the handles of its measured size,
 *   so that its edges meet it in the frame it changes. A card held at its measured size keeps the
 *   handles React Flow measured (to the fraction of a pixel).
 * - Not yet measured, with `estimate` (a big map's card, at least its estimate's height and
 *   almost always exactly: see argument-node.tsx and card-size.ts): its estimated size and
 *   handles. React Flow's measure of it then finds its size unchanged: no dimension change reaches
 *   the editor store, so the canvas does not render again (React Flow still reads the handles
 *   once, inside itself).
 * - Otherwise as it is: React Flow measures it before drawing its edges.
 * A card whose DOM differs is measured as any other (React Flow reads every node's size once it
 * mounts or resizes, and corrects a size or handle that differs).
 */
export function withKnownSize(
  node: ArgumentRfNode,
  row: NodeDto | undefined,
  estimate = true,
  held?: Held,
): ArgumentRfNode {
  const m = node.measured;
  let size: Size | null = null;
  if (m?.width && m.height) {
    const h = held?.(node.id);
    if (h && (h.width !== m.width || h.height !== m.height)) size = { width: m.width, height: m.height };
  } else if (estimate && row) size = estimateSize(row);
  if (!size) return node;
  let known = sized.get(node);
  if (!known || known.measured!.width !== size.width || known.measured!.height !== size.height) {
    known = {
      ...node,
      measured: { width: size.width, height: size.height },
      handles: handlesOf(size.width, size.height),
    };
    sized.set(node, known);
  }
  return known;
}

const handed = new WeakMap<readonly ArgumentRfNode[], ArgumentRfNode[]>();

/**
 * withKnownSize over a list (estimating the cards not yet measured when given their rows); the
 * same array as last time for the same list while every entry is the same (an edit elsewhere in
 * the rows must not hand React Flow a new list to adopt).
 */
export function withKnownSizes(
  nodes: readonly ArgumentRfNode[],
  rows: Readonly<Record<string, NodeDto>> | null,
  held?: Held,
): ArgumentRfNode[] {
  return sameIfUnchanged(
    nodes,
    nodes.map((n) => withKnownSize(n, rows?.[n.id], rows !== null, held)),
  );
}

/** `next`, or the list handed for `nodes` last time when every entry is the same. */
function sameIfUnchanged(nodes: readonly ArgumentRfNode[], next: ArgumentRfNode[]): ArgumentRfNode[] {
  const last = handed.get(nodes);
  if (last && last.length === next.length && next.every((n, i) => n === last[i])) return last;
  handed.set(nodes, next);
  return next;
}

const shortSized = new WeakMap<ArgumentRfNode, { width: number; zoom: number; node: ArgumentRfNode }>();

/**
 * A short card (zoomed out: semantic-card.tsx) is always of a known size: its width is the view's
 * (`shown.width`) and its height the card's on-screen height over the zoom its level is drawn for
 * (`--s`, semantic-zoom.css); its handles (not in a positioned box) sit on the node's own edges.
 * React Flow measures `offsetWidth`/`offsetHeight`, whole pixels: handed those, its measure of a
 * card that a crossing resized finds them unchanged, and no dimension change reaches the editor
 * store (whose sizes are the detail view's). The handles keep the exact, fractional size.
 */
export function withShortSize(node: ArgumentRfNode, width: number, zoom: number): ArgumentRfNode {
  const known = shortSized.get(node);
  if (known && known.width === width && known.zoom === zoom) return known.node;
  const height = CARD.height / zoom;
  const next = {
    ...node,
    measured: { width: Math.round(width), height: Math.round(height) },
    handles: handlesAt(0, width, height),
  };
  shortSized.set(node, { width, zoom, node: next });
  return next;
}

/**
 * withShortSize over the cards a zoomed-out view shows (those it has no entry for are left as they
 * are), the same array while every entry is the same.
 */
export function withShortSizes(nodes: readonly ArgumentRfNode[], view: SemanticView): ArgumentRfNode[] {
  return sameIfUnchanged(
    nodes,
    nodes.map((n) => {
      const shown = view.shown.get(n.id);
      return shown ? withShortSize(n, shown.width, view.zoom) : n;
    }),
  );
}
