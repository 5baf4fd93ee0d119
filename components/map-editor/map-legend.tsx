"use client";
import { useEditor } from "@/lib/client/editor/editor-context";

/** Lines only some maps draw (imported ones mostly), named when the map has one. */
const RARE = [
  ["turns", "turns (an answer that becomes offence)"],
  ["premise", "premise of an argument (one inference with the others)"],
  ["contradicts", "contradicts (both cannot be true)"],
] as const;

/** Which of the rare relations the map draws, as a string so the selector settles. */
function rareIn(edges: Record<string, { relation: string }>): string {
  const found = new Set<string>();
  for (const id in edges) {
    const r = edges[id]!.relation;
    if (r === "turns" || r === "premise" || r === "contradicts") found.add(r);
    if (found.size === RARE.length) break;
  }
  return [...found].sort().join(" ");
}

/** The sides' colours and the lines this map draws. */
export function MapLegend() {
  const rare = useEditor((s) => rareIn(s.edges));
  return (
    <ul className="legend" data-testid="map-legend">
      <li>
        <span className="swatch side-aff" /> Affirmative
      </li>
      <li>
        <span className="swatch side-neg" /> Negative
      </li>
      <li>
        <span className="swatch side-neutral" /> Neutral
      </li>
      <li>
        <span className="line rel-supports" /> supports / extends
      </li>
      <li>
        <span className="line rel-rebuts" /> rebuts / undercuts
      </li>
      {RARE.filter(([r]) => rare.split(" ").includes(r)).map(([r, label]) => (
        <li key={r}>
          <span className={`line rel-${r}`} /> {label}
        </li>
      ))}
    </ul>
  );
}
