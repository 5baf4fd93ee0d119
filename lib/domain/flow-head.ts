import { flowLayout, type FlowEdge, type FlowNode } from "./flow-layout";

/** Above this many arguments the flow page paints the sheet's first threads before the whole graph arrives. */
export const FLOW_HEAD_ABOVE = 2_000;
/** Rows the head covers at least: three screens of a tall window, so the first scroll finds cells. */
export const FLOW_HEAD_ROWS = 80;

export type FlowHead<N, E> = {
  nodes: N[];
  edges: E[];
  /** arguments in the whole debate */
  total: number;
  /** rows of the whole sheet (CX columns hidden, as the sheet opens) */
  rows: number;
};

/**
 * The first threads of a debate's flow sheet, whole, until they fill `minRows` rows: what the sheet
 * shows before the rest of a big debate has loaded. Laid out alone, these arguments land on exactly
 * the rows, columns and threads they have in the whole sheet: a thread holds every answer laid out
 * under its first argument and the cards that ride in its cells, an argument's parent is in its own
 * thread, and threads are placed in the same order (tested against the whole layout). The sheet
 * opens with the CX columns hidden, so the head is cut from that layout; argument order is kept.
 */
export function flowHead<N extends FlowNode, E extends FlowEdge>(
  nodes: readonly N[],
  edges: readonly E[],
  minRows = FLOW_HEAD_ROWS,
): FlowHead<N, E> {
  const layout = flowLayout(nodes, edges, { includeCx: false });
  let threads = 0;
  while (threads < layout.threadStarts.length && layout.threadStarts[threads]! < minRows) threads++;
  const keep = new Set<string>();
  for (const c of layout.cells) {
    if (c.thread >= threads) continue;
    keep.add(c.id);
    for (const card of c.cards) keep.add(card);
  }
  return {
    nodes: nodes.filter((n) => keep.has(n.id)),
    edges: edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
    total: nodes.length,
    rows: layout.rowCount,
  };
}
