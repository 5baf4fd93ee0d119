import { flowLayout } from "./flow-layout";
import { estimateSize, GAP_X, GAP_Y, NODE_WIDTH, type Size } from "./layout";
import type { EdgeDto, NodeDto, Position } from "./schemas";

const CARD_GAP = 10;

/**
 * Lay the map out by speech, like the flow sheet: one column per speech (1AC … 2AR, then
 * arguments without a speech), each thread on its own band of rows, every answer level with what
 * it answers, and the cards backing an argument stacked under it in the same column.
 */
export function layoutBySpeech(
  nodes: readonly Pick<NodeDto, "id" | "kind" | "side" | "speech" | "title" | "evidence">[],
  edges: readonly Pick<EdgeDto, "source" | "target" | "relation">[],
  sizes: ReadonlyMap<string, Size> = new Map(),
): Map<string, Position> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const size = (id: string) => sizes.get(id) ?? estimateSize(byId.get(id)!);
  const flow = flowLayout(nodes, edges);
  // A cell's height is its argument plus the cards riding in it.
  const cellHeight = new Map(
    flow.cells.map((c) => [c.id, size(c.id).height + c.cards.reduce((h, card) => h + CARD_GAP + size(card).height, 0)]),
  );
  const rowHeight = new Array<number>(flow.rowCount).fill(0);
  for (const c of flow.cells) rowHeight[c.row] = Math.max(rowHeight[c.row]!, cellHeight.get(c.id)!);
  const rowTop: number[] = [];
  let y = 0;
  for (let r = 0; r < flow.rowCount; r++) {
    rowTop.push(y);
    y += rowHeight[r]! + GAP_Y;
  }
  const out = new Map<string, Position>();
  for (const c of flow.cells) {
    const x = c.col * (NODE_WIDTH + GAP_X);
    let top = rowTop[c.row]!;
    out.set(c.id, { x, y: top });
    top += size(c.id).height + CARD_GAP;
    for (const card of c.cards) {
      if (out.has(card)) continue;
      out.set(card, { x: x + 16, y: top });
      top += size(card).height + CARD_GAP;
    }
  }
  // Anything the flow does not place (it places everything today) keeps a spot below the grid.
  for (const n of nodes) if (!out.has(n.id)) out.set(n.id, { x: 0, y: (y += size(n.id).height + GAP_Y) });
  return out;
}
