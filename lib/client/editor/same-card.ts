import type { NodeProps } from "@xyflow/react";
import type { ArgumentRfNode } from "./to-flow";

/**
 * Whether an argument card would draw the same for two sets of React Flow's node props. A card shows
 * its argument (read from the editor store) and its selection, nothing else React Flow passes: its
 * measured size and position change when React Flow measures the nodes after their first paint,
 * which would otherwise render every card of the map a second time while it opens
 * (bench/open-trace.md, session 7).
 */
export function sameCard(
  a: Pick<NodeProps<ArgumentRfNode>, "id" | "selected">,
  b: Pick<NodeProps<ArgumentRfNode>, "id" | "selected">,
): boolean {
  return a.id === b.id && a.selected === b.selected;
}
