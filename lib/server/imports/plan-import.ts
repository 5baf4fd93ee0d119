import "server-only";
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { reanchorAll, type QuoteAnchor } from "@/lib/domain/anchoring";
import {
  userTags,
  type ImportedGraph,
  type ImportedNode,
  type ImportedSource,
  type ImportReport,
} from "@/lib/domain/codecs";
import { connectionError } from "@/lib/domain/graph";
import { layoutGraph } from "@/lib/domain/layout";
import { carriedPositions } from "@/lib/domain/import-positions";
import { clampLayers } from "@/lib/domain/card-markup";
import {
  CardMarkup,
  CiteFields,
  HttpUrl,
  MAX_SOURCE_CHARS,
  Position,
  Range,
  type EdgeDto,
  type Evidence,
  type NodeDto,
  type NodeGroupDto,
  type SourceSummaryDto,
} from "@/lib/domain/schemas";
import { NodeKind, ResponseType, Role, Side, Speech } from "@/lib/domain/vocabulary-schemas";

/**
 * Everything an import will write, worked out before the transaction opens: ids minted, fields
 * checked against the same limits the API applies, cards anchored in their sources, positions
 * laid out and connections checked. The transaction then only inserts (short, as SQLite wants).
 */
export type ImportPlan = {
  sources: (SourceSummaryDto & { text: string })[];
  /** groups (headings, pockets, hats, blocks), parents before children */
  groups: NodeGroupDto[];
  nodes: NodeDto[];
  edges: EdgeDto[];
  /** counts are what will be created; skipped and warnings add the server's findings to the codec's */
  report: ImportReport;
};

/** Ids that sort in file order (a per-import random prefix, then a counter), so exports keep the file's order. */
function idMinter(): () => string {
  const prefix = randomBytes(8).toString("hex");
  let i = 0;
  return () => `${prefix}${(i++).toString(36).padStart(6, "0")}`;
}

const count = (notes: Map<string, number>, message: string) => notes.set(message, (notes.get(message) ?? 0) + 1);

const clip = (s: string | null | undefined, max: number) => {
  const v = (s ?? "").trim();
  return v.length > max ? `${v.slice(0, max - 1)}…` : v;
};

/** Counts reasons, so a report says "skipped 3 connections (evidence can only support or rebut)" once. */
class Tally {
  private readonly skipped = new Map<string, { what: string; why: string; count: number }>();
  readonly warnings: string[] = [];
  skip(what: string, why: string, n = 1) {
    const k = `${what}\u0000${why}`;
    const cur = this.skipped.get(k);
    if (cur) cur.count += n;
    else this.skipped.set(k, { what, why, count: n });
  }
  list() {
    return [...this.skipped.values()];
  }
}

function planSources(graph: ImportedGraph, mint: () => string, tally: Tally, notes: Map<string, number>) {
  const byKey = new Map<string, SourceSummaryDto & { text: string }>();
  for (const s of graph.sources) {
    if (byKey.has(s.key)) {
      tally.skip("sources", "the file lists the same source key twice");
      continue;
    }
    const text = (s.text ?? "").replace(/\r\n?/g, "\n");
    if (text.length > MAX_SOURCE_CHARS) {
      tally.skip("sources", "its text is longer than 2,000,000 characters");
      continue;
    }
    byKey.set(s.key, planSource(s, text, mint(), notes));
  }
  return byKey;
}

function planSource(
  s: ImportedSource,
  text: string,
  id: string,
  notes: Map<string, number>,
): SourceSummaryDto & { text: string } {
  let url = clip(s.url, 2_000);
  if (url && !HttpUrl.safeParse(url).success) {
    url = "";
    count(notes, "a source's address was not an http(s) URL and was left out");
  }
  return {
    id,
    title: clip(s.title, 500) || "Untitled source",
    author: clip(s.author, 300),
    qualifications: clip(s.qualifications, 1_000),
    publication: clip(s.publication, 500),
    date: clip(s.date, 100),
    url,
    attribution: clip(s.attribution, 1_000),
    length: text.length,
    cardCount: 0,
    version: 1,
    text,
  };
}

type Draft = {
  node: Omit<NodeDto, "evidence" | "position">;
  card: ImportedNode["evidence"];
  position: NodeDto["position"] | null;
};

/** Node fields checked one by one: an unknown vocabulary word becomes the neutral default, long text is clipped. */
function planNodeFields(n: ImportedNode, id: string, notes: Map<string, number>, groupIds: Map<string, string>): Draft {
  const note = (m: string) => count(notes, m);
  const kind =
    NodeKind.safeParse(n.kind).data ?? (note("an argument of an unknown kind was imported as a claim"), "claim");
  const pick = <T>(schema: z.ZodType<T>, v: unknown, what: string): T | null => {
    if (v == null) return null;
    const r = schema.safeParse(v);
    if (r.success) return r.data;
    note(`an unknown ${what} was left out`);
    return null;
  };
  let title = (n.title ?? "").trim();
  let body = n.body ?? "";
  if (title.length > 500) {
    // Keep every word: the full text moves to the body and the title is its start.
    body = body ? `${title}\n\n${body}` : title;
    title = `${title.slice(0, 499)}…`;
    note("a title over 500 characters was shortened (the full text is in the body)");
  }
  if (body.length > 20_000) {
    body = `${body.slice(0, 19_999)}…`;
    note("a text over 20,000 characters was cut short");
  }
  const pos = n.position ? Position.safeParse(n.position) : null;
  return {
    node: {
      id,
      kind,
      side: Side.safeParse(n.side).data ?? "neutral",
      role: pick(Role, n.role, "role"),
      speech: pick(Speech, n.speech, "speech"),
      responseType: pick(ResponseType, n.responseType, "response type"),
      title,
      body,
      version: 1,
      groupId: (n.groupKey && groupIds.get(n.groupKey)) || null,
      tags: userTags(n),
      scheme: kind === "argument" ? clip(n.scheme ?? "", 200) || null : null,
    },
    card: n.evidence,
    position: pos?.success ? pos.data : null,
  };
}

/**
 * Anchor every card in its source the way an edited source re-anchors: the stored position if the
 * quote is still there (exact), else the quote elsewhere (moved) or a close match (fuzzy); a card
 * whose words are not in the source keeps its quote and is marked orphaned, never moved to other words.
 */
function planCards(
  drafts: Draft[],
  sources: Map<string, SourceSummaryDto & { text: string }>,
  notes: Map<string, number>,
): (Evidence | null)[] {
  const note = (m: string) => count(notes, m);
  const out: (Evidence | null)[] = drafts.map(() => null);
  const bySource = new Map<
    string,
    {
      index: number;
      anchor: QuoteAnchor;
      cite: string;
      highlights: Evidence["highlights"];
      markup: Partial<Evidence>;
    }[]
  >();
  drafts.forEach((d, index) => {
    const c = d.card;
    if (!c) return;
    if (d.node.kind !== "evidence") {
      note("a card on an argument that is not evidence was left out");
      return;
    }
    const src = sources.get(c.sourceKey);
    const quote = typeof c.quote === "string" ? c.quote : "";
    if (!src || !quote || quote.length > 20_000) {
      // Nothing to anchor to (or nothing to anchor): keep the words in the body so none are lost.
      if (quote) d.node.body = clip(d.node.body ? `${d.node.body}\n\n${quote}` : quote, 20_000);
      note(
        src
          ? "a card without a usable quote was imported as plain evidence"
          : "a card whose source is not in the file was imported as plain evidence",
      );
      return;
    }
    const start = Number.isInteger(c.start) && c.start >= 0 ? c.start : 0;
    const end = Number.isInteger(c.end) && c.end > start ? c.end : start + quote.length;
    const highlights = (Array.isArray(c.highlights) ? c.highlights : [])
      .filter((h) => Range.safeParse(h).success)
      .slice(0, 200);
    const list = bySource.get(src.id) ?? [];
    list.push({
      index,
      anchor: { quote, start, end, prefix: c.prefix ?? "", suffix: c.suffix ?? "" },
      cite: clip(c.cite, 2_000),
      highlights,
      markup: importedMarkup(c),
    });
    bySource.set(src.id, list);
  });
  const byId = new Map([...sources.values()].map((s) => [s.id, s]));
  for (const [sourceId, cards] of bySource) {
    const source = byId.get(sourceId)!;
    source.cardCount = cards.length;
    const results = reanchorAll(
      source.text,
      cards.map((c) => c.anchor),
    );
    cards.forEach((c, i) => {
      const r = results[i]!;
      const anchor =
        r.status === "orphaned"
          ? { ...c.anchor, prefix: c.anchor.prefix.slice(-200), suffix: c.anchor.suffix.slice(0, 200) }
          : r.anchor;
      if (r.status === "orphaned") note("a card's quote is not in its source: kept and marked orphaned");
      else if (r.status !== "exact") note(`a card's quote was found elsewhere in its source (${r.status})`);
      out[c.index] = {
        sourceId,
        ...anchor,
        cite: c.cite,
        highlights: c.highlights.filter((h) => h.end <= anchor.quote.length),
        ...clampLayers(c.markup, anchor.quote.length),
        status: r.status,
      };
    });
  }
  return out;
}

/** A parsed card's other markup layers and cite parts, each kept only if it is well formed. */
function importedMarkup(c: Partial<Evidence>): Partial<Evidence> {
  const out: Partial<Evidence> = {};
  const m = CardMarkup.safeParse({
    underline: c.underline,
    emphasis: c.emphasis,
    highlights2: c.highlights2,
    insertions: c.insertions,
  });
  if (m.success) Object.assign(out, m.data);
  const cf = CiteFields.safeParse(c.citeFields);
  if (c.citeFields && cf.success) out.citeFields = cf.data;
  return out;
}

function planEdges(
  graph: ImportedGraph,
  nodesByKey: Map<string, NodeDto>,
  mint: () => string,
  tally: Tally,
): EdgeDto[] {
  const edges: EdgeDto[] = [];
  const pairs = new Set<string>();
  for (const e of graph.edges) {
    const s = nodesByKey.get(e.from);
    const t = nodesByKey.get(e.to);
    if (!s || !t) {
      tally.skip("connections", "it refers to an argument that is not in the file");
      continue;
    }
    // Duplicates are checked with a set here: connectionError's list scan would be quadratic.
    const err =
      connectionError(s, t, e.relation, []) ??
      (pairs.has(`${s.id}>${t.id}`) ? "these two arguments are already connected" : null);
    if (err) {
      tally.skip("connections", err);
      continue;
    }
    pairs.add(`${s.id}>${t.id}`);
    const position =
      (e.relation === "premise" || (e.relation === "supports" && s.kind === "argument")) &&
      Number.isInteger(e.position) &&
      e.position! >= 0 &&
      e.position! <= 100_000
        ? e.position!
        : null;
    edges.push({ id: mint(), source: s.id, target: t.id, relation: e.relation, version: 1, position });
  }
  return edges;
}

/** One group row per file group (same order), parents minted before children; order = place among siblings. */
function planGroups(graph: ImportedGraph, mint: () => string): NodeGroupDto[] {
  const ids = new Map<string, string>();
  const siblings = new Map<string, number>();
  return (graph.groups ?? []).map((g) => {
    const id = mint();
    ids.set(g.key, id);
    const parentId = (g.parentKey && ids.get(g.parentKey)) || null;
    const order = siblings.get(parentId ?? "") ?? 0;
    siblings.set(parentId ?? "", order + 1);
    return { id, parentId, kind: g.kind, title: clip(g.title, 500) || "Untitled", order };
  });
}

/** Turn a parsed file into the rows an import writes, and the report that says what happened. */
export function planImport(graph: ImportedGraph): ImportPlan {
  const mint = idMinter();
  const tally = new Tally();
  const notes = new Map<string, number>();
  const sources = planSources(graph, mint, tally, notes);

  const groups = planGroups(graph, mint);
  const groupIds = new Map((graph.groups ?? []).map((g, i) => [g.key, groups[i]!.id]));
  const drafts: Draft[] = [];
  const keys: string[] = [];
  const seenKeys = new Set<string>();
  for (const n of graph.nodes) {
    if (seenKeys.has(n.key)) {
      tally.skip("arguments", "the file uses the same key for two arguments");
      continue;
    }
    seenKeys.add(n.key);
    keys.push(n.key);
    drafts.push(planNodeFields(n, mint(), notes, groupIds));
  }
  const cards = planCards(drafts, sources, notes);

  // Positions from the file when it has them all (and they are a layout, not one point); otherwise
  // a tidy-tree layout of the whole import. The report says which, and offers to lay out a kept one.
  const provisional = drafts.map((d, i) => ({
    ...d.node,
    evidence: cards[i]!,
    position: d.position ?? { x: 0, y: 0 },
  }));
  const nodesByKey = new Map(keys.map((k, i) => [k, provisional[i]!]));
  const edges = planEdges(graph, nodesByKey, mint, tally);
  const withPos = drafts.filter((d) => d.position).length;
  const positions = carriedPositions(drafts.map((d) => d.position));
  if (positions === "none" && drafts.length > 0) {
    const laid = layoutGraph(provisional, edges);
    for (const n of provisional) n.position = laid.get(n.id) ?? { x: 0, y: 0 };
    if (withPos > 0 && withPos < drafts.length)
      tally.warnings.push(
        `${drafts.length - withPos} of ${drafts.length} arguments had no position, so the whole map was laid out anew`,
      );
  }

  const warnings = [
    ...graph.report.warnings,
    ...tally.warnings,
    ...[...notes].map(([m, n]) => (n > 1 ? `${m} (${n} times)` : m)),
  ];
  return {
    sources: [...sources.values()],
    groups,
    nodes: provisional,
    edges,
    report: {
      format: graph.report.format,
      counts: { nodes: provisional.length, edges: edges.length, sources: sources.size },
      skipped: [...graph.report.skipped, ...tally.list()],
      warnings,
      positions: positions === "file" ? "file" : "laid-out",
      ...(graph.report.document ? { document: graph.report.document } : {}),
    },
  };
}

/** Move a planned group so its top-left corner sits at `at` (for an import into an existing map). */
export function shiftPlan(plan: ImportPlan, at: { x: number; y: number }): void {
  if (plan.nodes.length === 0) return;
  let minX = Infinity;
  let minY = Infinity;
  for (const n of plan.nodes) {
    minX = Math.min(minX, n.position.x);
    minY = Math.min(minY, n.position.y);
  }
  for (const n of plan.nodes) n.position = { x: n.position.x - minX + at.x, y: n.position.y - minY + at.y };
}
