import type { NodeDto } from "@/lib/domain/schemas";
import { CARD, shownBoxes, type SemanticView } from "@/lib/domain/semantic-zoom";
import { SpatialGrid } from "@/lib/domain/spatial-grid";
import { nodeMap } from "./node-map";

/**
 * The grid of where a view draws its cards. Zooming back through a level finds its grid here
 * (19,500 cards at the first level of a 20,000-argument map take ~50 ms to grid), and so does a
 * level warmed while the map was idle (use-warm-levels) or sent by the levels worker
 * (use-semantic-view); a new positions grid means a new view.
 */
export function shownGridOf(view: SemanticView, grid: SpatialGrid, nodes: Record<string, NodeDto>): SpatialGrid {
  const kept = shownGrids.get(view);
  if (kept?.grid === grid) return kept.shown;
  const boxes = shownBoxes(view, nodeMap(nodes));
  const shown = boxes ? new SpatialGrid(boxes, Math.max(800, CARD.width / view.zoom)) : grid;
  shownGrids.set(view, { grid, shown });
  return shown;
}
const shownGrids = new WeakMap<SemanticView, { grid: SpatialGrid; shown: SpatialGrid }>();
