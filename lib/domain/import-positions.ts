// Whether an imported file placed its arguments itself. Clash JSON always does, OVA / AIF files
// often do; a file whose arguments all sit on one point (every x/y zero, or a tool that wrote no
// layout) placed nothing, and is laid out on import like a file without positions.

type Point = { x: number; y: number } | null | undefined;

/**
 * "file" when every argument has a position and they are not all the same point (so there is a
 * layout worth keeping); "none" otherwise, and the import lays the map out for reading.
 */
export function carriedPositions(positions: readonly Point[]): "file" | "none" {
  if (positions.length === 0) return "none";
  const first = positions[0];
  if (!first) return "none";
  let distinct = positions.length === 1;
  for (const p of positions) {
    if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) return "none";
    if (p.x !== first.x || p.y !== first.y) distinct = true;
  }
  return distinct ? "file" : "none";
}

/** The layouts the import report offers for a file that carried positions. */
export const IMPORT_LAYOUTS = ["keep", "compact"] as const;
export type ImportLayout = (typeof IMPORT_LAYOUTS)[number];
