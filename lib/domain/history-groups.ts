// The history panel lists one line per row of the change log; an auto-layout writes a row per
// argument it moves and a multi-delete a row per argument and connection. This folds such bursts
// into one entry ("Auto-layout moved 106 arguments") whose rows stay one click away.
import type { HistoryEntryDto } from "./changes";

export type HistoryItem =
  | { kind: "single"; entry: HistoryEntryDto }
  | { kind: "group"; key: number; summary: string; at: string; entries: HistoryEntryDto[] };

/** Rows of one write land within this time of each other; a person's separate edits rarely do. */
const BURST_MS = 3000;
/** Fewer moved arguments than this are a drag, not a layout. */
const MIN_LAYOUT = 3;

/** A node update that changed where the argument is and nothing else. */
function isMove(e: HistoryEntryDto): boolean {
  if ("unreadable" in e || e.entity !== "node" || e.action !== "update" || !e.before || !e.after) return false;
  const { position: p0, version: _v0, updatedAt: _u0, ...b } = e.before as Record<string, unknown>;
  const { position: p1, version: _v1, updatedAt: _u1, ...a } = e.after as Record<string, unknown>;
  return JSON.stringify(p0) !== JSON.stringify(p1) && JSON.stringify(b) === JSON.stringify(a);
}
const isDelete = (e: HistoryEntryDto) => e.action === "delete" && (e.entity === "node" || e.entity === "edge");

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** Entries (newest first) with every burst of moves or deletes by one person folded into one item. */
export function groupHistory(entries: readonly HistoryEntryDto[]): HistoryItem[] {
  const out: HistoryItem[] = [];
  let i = 0;
  while (i < entries.length) {
    const first = entries[i]!;
    const kind = isMove(first) ? "move" : isDelete(first) ? "delete" : null;
    let j = i + 1;
    if (kind) {
      const fits = kind === "move" ? isMove : isDelete;
      while (
        j < entries.length &&
        fits(entries[j]!) &&
        entries[j]!.actor?.id === first.actor?.id &&
        Math.abs(Date.parse(entries[j - 1]!.at) - Date.parse(entries[j]!.at)) <= BURST_MS
      )
        j++;
    }
    const run = entries.slice(i, j);
    const nodes = run.filter((e) => e.entity === "node").length;
    const who = first.actor?.name ?? "Someone";
    if (kind === "move" && run.length >= MIN_LAYOUT) {
      out.push({
        kind: "group",
        key: first.seq,
        at: first.at,
        entries: run,
        summary: `${who}: auto-layout moved ${plural(nodes, "argument", "arguments")}`,
      });
    } else if (kind === "delete" && nodes >= 2) {
      const edges = run.length - nodes;
      const what =
        plural(nodes, "argument", "arguments") + (edges ? ` and ${plural(edges, "connection", "connections")}` : "");
      out.push({ kind: "group", key: first.seq, at: first.at, entries: run, summary: `${who} deleted ${what}` });
    } else {
      for (const e of run) out.push({ kind: "single", entry: e });
    }
    i = j;
  }
  return out;
}
