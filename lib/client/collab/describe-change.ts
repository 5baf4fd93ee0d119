import type { HistoryEntryDto } from "@/lib/domain/schemas";

/** One line of a change in plain words: a field and its value before and after (either may be absent). */
export type ChangeLine = { label: string; before?: string; after?: string };

type Row = Record<string, unknown>;
const SIDE: Record<string, string> = { aff: "Aff", neg: "Neg", neutral: "Neutral" };
const FIELDS: [key: string, label: string, show: (v: unknown) => string][] = [
  ["title", "Title", (v) => String(v ?? "")],
  ["body", "Text", (v) => String(v ?? "")],
  ["side", "Side", (v) => SIDE[String(v)] ?? String(v)],
  ["kind", "Kind", (v) => String(v)],
  ["speech", "Speech", (v) => (v ? String(v) : "none")],
  ["role", "Role", (v) => (v ? String(v).replaceAll("-", " ") : "none")],
  ["responseType", "Response", (v) => (v ? String(v).replaceAll("-", " ") : "none")],
  ["relation", "Relation", (v) => String(v)],
  ["resolution", "Resolution", (v) => String(v ?? "")],
  ["description", "Description", (v) => String(v ?? "")],
  ["visibility", "Visibility", (v) => String(v)],
];

const asRow = (v: unknown): Row | null => (v && typeof v === "object" && !Array.isArray(v) ? (v as Row) : null);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const quote = (s: string) => (s.length > 140 ? `${s.slice(0, 137)}…` : s);

function edgeWords(e: Row, titleOf: (id: string) => string | undefined): string {
  const name = (id: unknown) => {
    const t = titleOf(String(id));
    return t === undefined ? "an argument not on the map now" : `“${quote(t || "Untitled")}”`;
  };
  return `${name(e.source)} ${String(e.relation)} ${name(e.target)}`;
}

/** What a row held, field by field, for a row that was added or deleted. */
function snapshot(r: Row, side: "before" | "after"): ChangeLine[] {
  const seen = new Set<string>();
  const out: ChangeLine[] = [];
  for (const [key, label, show] of FIELDS) {
    if (seen.has(key) || r[key] === undefined || r[key] === null || r[key] === "") continue;
    seen.add(key);
    out.push({ label, [side]: quote(show(r[key])) });
  }
  return out;
}

/**
 * A history entry's before and after in plain words: the fields that changed (title, text, side,
 * relation…), a move on the map, a card's quote or highlights, a thread resolved or reopened.
 * `titleOf` names the arguments a connection joins.
 */
export function describeChange(e: Pick<HistoryEntryDto, "entity" | "action" | "before" | "after">, titleOf: (id: string) => string | undefined = () => undefined): ChangeLine[] {
  const before = asRow(e.before);
  const after = asRow(e.after);
  const lines: ChangeLine[] = [];
  if (e.entity === "edge") {
    const row = after ?? before;
    if (row?.source) lines.push({ label: "Connection", [after ? "after" : "before"]: edgeWords(row, titleOf) });
    if (before && after && before.relation !== after.relation) lines.push({ label: "Relation", before: String(before.relation), after: String(after.relation) });
    return lines;
  }
  if (after && "restoredTo" in after) return [{ label: "Restored", after: `the whole debate to change #${String(after.restoredTo)}` }];
  if (!before || !after) return snapshot((after ?? before) ?? {}, after ? "after" : "before");
  const seen = new Set<string>();
  for (const [key, label, show] of FIELDS) {
    if (seen.has(key) || !(key in before || key in after)) continue;
    seen.add(key);
    if (!same(before[key], after[key])) lines.push({ label, before: quote(show(before[key])), after: quote(show(after[key])) });
  }
  if (!same(before.position, after.position) && before.position && after.position) lines.push({ label: "Position", after: "moved on the map" });
  const [eb, ea] = [asRow(before.evidence), asRow(after.evidence)];
  if (eb && ea) {
    if (eb.quote !== ea.quote) lines.push({ label: "Quote", before: quote(String(eb.quote)), after: quote(String(ea.quote)) });
    if (eb.cite !== ea.cite) lines.push({ label: "Cite", before: quote(String(eb.cite)), after: quote(String(ea.cite)) });
    if (!same(eb.highlights, ea.highlights)) lines.push({ label: "Highlights", after: `${(ea.highlights as unknown[] | undefined)?.length ?? 0} highlighted passages` });
  }
  if (before.resolved !== after.resolved && typeof after.resolved === "boolean") lines.push({ label: "Thread", after: after.resolved ? "resolved" : "reopened" });
  return lines;
}
