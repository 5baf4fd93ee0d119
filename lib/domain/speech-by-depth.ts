import type { EdgeDto, NodeDto } from "./schemas";
import { navIndex, outlineRows } from "./map-navigation";
import { SPEECH_SIDE, type Speech } from "./vocabulary";

// The constructives and rebuttals in order, without cross-examinations: an argument is placed in
// a speech, never in a CX.
const ORDER: Speech[] = ["1AC", "1NC", "2AC", "2NC", "1NR", "1AR", "2NR", "2AR"];

/**
 * A speech for every argument of a map that has none (most imports), so the flow sheet shows it:
 * each thread read down from its root, an argument going in the first speech of its side after
 * the speech of what it answers (the last of its side when the round runs out). Neutral
 * arguments (the resolution) stay off the flow; arguments that already have a speech keep it.
 */
export function speechesByDepth(
  nodes: readonly Pick<NodeDto, "id" | "side" | "speech" | "position">[],
  edges: readonly Pick<EdgeDto, "source" | "target">[],
): Map<string, Speech> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const index = navIndex(nodes, edges);
  const rows = outlineRows(
    index,
    nodes.map((n) => n.id),
  );
  const speechOf = new Map<string, Speech | null>();
  const out = new Map<string, Speech>();
  for (const r of rows) {
    const n = byId.get(r.id)!;
    if (n.speech) {
      speechOf.set(n.id, n.speech);
      continue;
    }
    if (n.side === "neutral") {
      speechOf.set(n.id, null);
      continue;
    }
    // Rows come depth first, so the parent's speech is known.
    const parent = r.parent ? speechOf.get(r.parent) : null;
    const after = parent ? ORDER.indexOf(parent) : -1;
    const mine = ORDER.filter((s) => SPEECH_SIDE[s] === n.side);
    const speech = ORDER.slice(after + 1).find((s) => SPEECH_SIDE[s] === n.side) ?? mine[mine.length - 1]!;
    speechOf.set(n.id, speech);
    out.set(n.id, speech);
  }
  return out;
}
