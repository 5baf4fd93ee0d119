import type { ChangeOf, ReadChange } from "@/lib/domain/changes";
import type { EdgeDto, NodeDto } from "@/lib/domain/schemas";

/** One line of a change in plain words: a field and its value before and after (either may be absent). */
export type ChangeLine = { label: string; before?: string; after?: string };

type Row = Record<string, unknown>;
/** A recorded field as text (fields are strings, numbers or null; anything else as JSON). */
const text = (v: unknown): string =>
  v == null
    ? ""
    : typeof v === "string"
      ? v
      : typeof v === "number" || typeof v === "boolean"
        ? String(v)
        : JSON.stringify(v);
const SIDE: Record<string, string> = { aff: "Aff", neg: "Neg", neutral: "Neutral" };
const FIELDS: [key: string, label: string, show: (v: unknown) => string][] = [
  ["title", "Title", (v) => text(v)],
  ["body", "Text", (v) => text(v)],
  ["side", "Side", (v) => SIDE[text(v)] ?? text(v)],
  ["kind", "Kind", (v) => text(v)],
  ["speech", "Speech", (v) => (v ? text(v) : "none")],
  ["role", "Role", (v) => (v ? text(v).replaceAll("-", " ") : "none")],
  ["responseType", "Response", (v) => (v ? text(v).replaceAll("-", " ") : "none")],
  ["relation", "Relation", (v) => text(v)],
  ["resolution", "Resolution", (v) => text(v)],
  ["description", "Description", (v) => text(v)],
  ["visibility", "Visibility", (v) => text(v)],
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const quote = (s: string) => (s.length > 140 ? `${s.slice(0, 137)}…` : s);

function edgeWords(e: EdgeDto, titleOf: (id: string) => string | undefined): string {
  const name = (id: string) => {
    const t = titleOf(id);
    return t === undefined ? "an argument not on the map now" : `“${quote(t || "Untitled")}”`;
  };
  return `${name(e.source)} ${e.relation} ${name(e.target)}`;
}

function edgeLines(e: ChangeOf<"edge">, titleOf: (id: string) => string | undefined): ChangeLine[] {
  const { before, after } = e;
  const row = after ?? before;
  const lines: ChangeLine[] = row
    ? [{ label: "Connection", [after ? "after" : "before"]: edgeWords(row, titleOf) }]
    : [];
  if (before && after && before.relation !== after.relation)
    lines.push({ label: "Relation", before: before.relation, after: after.relation });
  return lines;
}

/** A card's quote, cite and highlights, where an edit changed them. */
function evidenceLines(before: NodeDto, after: NodeDto): ChangeLine[] {
  const [eb, ea] = [before.evidence, after.evidence];
  if (!eb || !ea) return [];
  const lines: ChangeLine[] = [];
  if (eb.quote !== ea.quote) lines.push({ label: "Quote", before: quote(eb.quote), after: quote(ea.quote) });
  if (eb.cite !== ea.cite) lines.push({ label: "Cite", before: quote(eb.cite), after: quote(ea.cite) });
  if (!same(eb.highlights, ea.highlights))
    lines.push({ label: "Highlights", after: `${ea.highlights.length} highlighted passages` });
  for (const [key, label, noun] of [
    ["underline", "Underline", "underlined"],
    ["emphasis", "Emphasis", "emphasised"],
    ["highlights2", "Second highlight", "highlighted"],
  ] as const) {
    if (!same(eb[key] ?? [], ea[key] ?? [])) lines.push({ label, after: `${(ea[key] ?? []).length} ${noun} passages` });
  }
  if (!same(eb.citeFields ?? {}, ea.citeFields ?? {}))
    lines.push({
      label: "Cite fields",
      after: Object.values(ea.citeFields ?? {})
        .filter(Boolean)
        .join(", "),
    });
  return lines;
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
 * relation…), a move on the map, a card's quote or highlights, a thread resolved or reopened, a
 * restore. `titleOf` names the arguments a connection joins.
 */
export function describeChange(
  e: ReadChange,
  titleOf: (id: string) => string | undefined = () => undefined,
): ChangeLine[] {
  const restored: ChangeLine[] =
    e.restoredTo !== undefined && e.entity === "debate"
      ? [{ label: "Restored", after: `the whole debate to change #${e.restoredTo}` }]
      : [];
  if ("unreadable" in e)
    return [...restored, { label: "Details", after: "recorded in an older format that cannot be shown" }];
  if (e.entity === "edge") return edgeLines(e, titleOf);
  const before: Row | null = e.before;
  const after: Row | null = e.after;
  if (!before || !after) return [...restored, ...snapshot(after ?? before ?? {}, after ? "after" : "before")];
  const lines = [...restored];
  const seen = new Set<string>();
  for (const [key, label, show] of FIELDS) {
    if (seen.has(key) || !(key in before || key in after)) continue;
    seen.add(key);
    if (!same(before[key], after[key]))
      lines.push({ label, before: quote(show(before[key])), after: quote(show(after[key])) });
  }
  if (e.entity === "node" && e.action === "update") {
    if (!same(e.before.position, e.after.position)) lines.push({ label: "Position", after: "moved on the map" });
    lines.push(...evidenceLines(e.before, e.after));
  }
  if (e.entity === "comment" && e.action === "update" && e.before.resolved !== e.after.resolved)
    lines.push({ label: "Thread", after: e.after.resolved ? "resolved" : "reopened" });
  return lines;
}
