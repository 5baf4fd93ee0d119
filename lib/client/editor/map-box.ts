import { boxOf, type Box } from "@/lib/domain/opening-view";
import type { EditorState } from "./editor-store";

const boxes = new WeakMap<EditorState["nodes"], Box | null>();

/**
 * The box around every card of the editor's map, once per version of its rows: the opening view
 * and the least zoom both need it while a map opens (a pass over all 20,000 arguments each).
 */
export function mapBox(nodes: EditorState["nodes"]): Box | null {
  if (boxes.has(nodes)) return boxes.get(nodes)!;
  const box = boxOf(Object.values(nodes));
  boxes.set(nodes, box);
  return box;
}
