// Overlap checks for layout and placement tests: every argument as its estimated box.
import { estimateSize } from "../layout";
import type { OpeningNode } from "../opening-view";

export type Box = { id: string; x0: number; y0: number; x1: number; y1: number };

export function boxOf(n: Pick<OpeningNode, "id" | "position" | "title" | "kind" | "evidence">): Box {
  const s = estimateSize(n);
  return { id: n.id, x0: n.position.x, y0: n.position.y, x1: n.position.x + s.width, y1: n.position.y + s.height };
}

/** Every pair of intersecting boxes (sweep over x, so 20,000 boxes stay fast). */
export function intersecting(boxes: readonly Box[]): [string, string][] {
  const sorted = [...boxes].sort((a, b) => a.x0 - b.x0);
  const out: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.x0 < a.x1; j++) {
      const b = sorted[j]!;
      if (a.y0 < b.y1 && b.y0 < a.y1) out.push([a.id, b.id]);
    }
  }
  return out;
}
