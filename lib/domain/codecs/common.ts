// Helpers every importer shares: turning a format's free text into a Clash title and body,
// unique titles, and a graph builder that enforces the limits and says what it left out.
import { describeSpan } from "../anchoring";
import { connectionError } from "../graph";
import type { Relation } from "../vocabulary";
import {
  IMPORT_LIMITS,
  ImportError,
  type ImportFormat,
  type ImportReport,
  type ImportedGraph,
  type ImportedGroup,
  type ImportedNode,
  type ImportedSource,
} from "./types";

/** Longest title Clash stores (NodeFields.title). */
export const TITLE_MAX = 500;
/** Longest body Clash stores (NodeFields.body). */
export const BODY_MAX = 20_000;
/** A text up to this long (one line) is a title on its own; longer texts get a short title and keep the whole text as body. */
export const SHORT_TITLE_MAX = 240;

/** Normalise line ends and trim. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

/** A short title for a long text: its first sentence when that is short enough, else the text cut at a word with "…". */
export function abbreviate(text: string, max = SHORT_TITLE_MAX): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const sentence = /^(.{20,}?[.!?])\s/.exec(flat);
  if (sentence && sentence[1]!.length <= max) return sentence[1]!;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut).trimEnd() + "…";
}

/**
 * Split a format's claim text (an AIF I-node, a Kialo claim, an untitled Argdown statement) into
 * a Clash title and body. A short one-line text is the title; a text whose first paragraph is a
 * short line reads as "title, blank line, body"; anything else keeps the whole text as body under
 * a title made from its first line (its first sentence, or cut with "…", when that is long). `joinClaimText` is its inverse: join(split(t)) === cleanText(t).
 */
export function splitClaimText(text: string): { title: string; body: string } {
  const t = cleanText(text);
  if (t === "") return { title: "", body: "" };
  if (!t.includes("\n") && t.length <= SHORT_TITLE_MAX) return { title: t, body: "" };
  const para = t.indexOf("\n\n");
  if (para > 0) {
    const first = t.slice(0, para).trim();
    if (!first.includes("\n") && first.length <= SHORT_TITLE_MAX)
      return { title: first, body: t.slice(para + 2).trim() };
  }
  // A long line or several lines: the first line (abbreviated if long) names the whole text.
  return { title: abbreviate(t.split("\n", 1)[0]!), body: t };
}

/** One text for formats that have no title field (AIF, Kialo-like): the inverse of splitClaimText. */
export function joinClaimText(title: string, body: string): string {
  const t = title.trim();
  const b = cleanText(body);
  if (b === "") return t;
  if (t === "") return b;
  const s = splitClaimText(b);
  if (s.title === t && s.body === b) return b;
  return `${t}\n\n${b}`;
}

/** Hands out titles that are unique (case-sensitive), appending " (2)", " (3)"… to repeats. */
export class TitleRegistry {
  private readonly used = new Set<string>();
  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.used.add(r);
  }
  has(title: string): boolean {
    return this.used.has(title);
  }
  take(base: string): string {
    let title = base;
    for (let i = 2; this.used.has(title); i++) title = `${base} (${i})`;
    this.used.add(title);
    return title;
  }
}

/** Collects what an import skipped (grouped, counted) and its warnings. */
export class ReportBuilder {
  private readonly skipped = new Map<string, { what: string; why: string; count: number }>();
  private readonly warnings: string[] = [];
  private dropped = 0;
  constructor(readonly format: ImportFormat) {}

  skip(what: string, why: string, count = 1): void {
    if (count <= 0) return;
    const key = `${what}\u0000${why}`;
    const entry = this.skipped.get(key);
    if (entry) entry.count += count;
    else this.skipped.set(key, { what, why, count });
  }

  warn(message: string): void {
    if (this.warnings.length < 50) this.warnings.push(message);
    else this.dropped++;
  }

  build(counts: ImportReport["counts"]): ImportReport {
    const warnings = [...this.warnings];
    if (this.dropped > 0) warnings.push(`…and ${this.dropped} more warnings`);
    return { format: this.format, counts, skipped: [...this.skipped.values()], warnings };
  }
}

export type NodeInput = Partial<Omit<ImportedNode, "key" | "title">> & { key: string; title: string };

/**
 * Accumulates nodes, edges and sources for an ImportedGraph. It enforces what the server would
 * refuse (more than IMPORT_LIMITS.maxNodes nodes, over-long titles and bodies, self-loops, two
 * edges between the same ordered pair, connections the graph rules forbid) and reports each.
 */
export class GraphBuilder {
  readonly report: ReportBuilder;
  private readonly nodes: ImportedNode[] = [];
  private readonly byKey = new Map<string, ImportedNode>();
  private readonly edges: ImportedGraph["edges"] = [];
  private readonly pairs = new Map<string, Relation>();
  private readonly sources: ImportedSource[] = [];
  private readonly sourceKeys = new Set<string>();
  private bodiesCut = 0;
  private readonly groups: ImportedGroup[] = [];
  private readonly groupKeys = new Set<string>();

  constructor(readonly format: ImportFormat) {
    this.report = new ReportBuilder(format);
  }

  hasNode(key: string): boolean {
    return this.byKey.has(key);
  }

  node(key: string): ImportedNode | undefined {
    return this.byKey.get(key);
  }

  get nodeCount(): number {
    return this.nodes.length;
  }

  /** Add a node; titles over TITLE_MAX are shortened (the full text kept in the body). */
  addNode(input: NodeInput): ImportedNode {
    if (this.byKey.has(input.key)) throw new ImportError("malformed", `two nodes share the key "${input.key}"`);
    if (this.nodes.length >= IMPORT_LIMITS.maxNodes) {
      throw new ImportError(
        "too_many",
        `the file has more than ${IMPORT_LIMITS.maxNodes.toLocaleString("en")} arguments`,
      );
    }
    let title = input.title.trim();
    let body = input.body ?? "";
    if (title.length > TITLE_MAX) {
      body = body ? `${title}\n\n${body}` : title;
      title = abbreviate(title);
    }
    if (body.length > BODY_MAX) {
      body = body.slice(0, BODY_MAX - 1) + "…";
      this.bodiesCut++;
    }
    const node: ImportedNode = {
      key: input.key,
      kind: input.kind ?? "claim",
      side: input.side ?? "neutral",
      role: input.role ?? null,
      speech: input.speech ?? null,
      responseType: input.responseType ?? null,
      title,
      body,
      position: input.position ?? null,
      tags: input.tags ?? [],
      ...(input.groupKey && this.groupKeys.has(input.groupKey) ? { groupKey: input.groupKey } : {}),
      evidence: input.evidence ?? null,
      ...(input.scheme?.trim() && (input.kind ?? "claim") === "argument"
        ? { scheme: input.scheme.trim().slice(0, 200) }
        : {}),
    };
    this.nodes.push(node);
    this.byKey.set(node.key, node);
    return node;
  }

  /**
   * Add an edge "from <relation> to"; returns false (and reports why) when it cannot be kept.
   * `position` numbers a premise, or a conclusion of an argument node, in the argument's
   * premise–conclusion structure (kept on premise edges and on supports edges out of an argument).
   */
  addEdge(from: string, to: string, relation: Relation, position?: number | null): boolean {
    const source = this.byKey.get(from);
    const target = this.byKey.get(to);
    if (!source || !target) {
      this.report.skip("relations to a missing node", "the file refers to a node it does not contain");
      return false;
    }
    if (from === to) {
      this.report.skip("relations of a node to itself", "an argument cannot answer itself");
      return false;
    }
    const pair = `${from}\u0000${to}`;
    const existing = this.pairs.get(pair);
    if (existing !== undefined) {
      this.reportMerge(source.title, target.title, existing, relation);
      return false;
    }
    const rule = connectionError({ id: from, kind: source.kind }, { id: to, kind: target.kind }, relation, []);
    if (rule) {
      this.report.skip(`${relation} relations the graph rules forbid`, rule);
      return false;
    }
    this.pairs.set(pair, relation);
    this.edges.push(
      (relation === "premise" || (relation === "supports" && source.kind === "argument")) &&
        position != null &&
        Number.isInteger(position)
        ? { from, to, relation, position }
        : { from, to, relation },
    );
    return true;
  }

  /**
   * A second relation between the same ordered pair is merged into the first: said in the
   * report, never silently. The same relation twice is a repeat; a different one is a conflict the
   * file holds (a support and an attack from the same node), named with both titles in a warning.
   */
  private reportMerge(from: string, to: string, kept: Relation, dropped: Relation): void {
    if (kept === dropped) {
      this.report.skip(
        `repeated ${kept} relations between the same two nodes`,
        "Clash keeps one relation per ordered pair: the repeats were merged into the first",
      );
      return;
    }
    this.report.skip(
      "second relations of another kind between the same two nodes",
      "Clash keeps one relation per ordered pair (the first one in the file); each is named in the warnings",
    );
    this.report.warn(
      `“${abbreviate(from, 80)}” → “${abbreviate(to, 80)}”: the file also has a ${dropped} relation; Clash kept ${kept}, the first one`,
    );
  }

  /** Add a group (a parent must be added first); returns its key for `addNode({groupKey})`. */
  addGroup(input: { title: string; kind: ImportedGroup["kind"]; parentKey?: string }): string {
    const key = `g${this.groups.length + 1}`;
    const title = abbreviate(input.title.trim(), TITLE_MAX) || "Untitled";
    const parentKey = input.parentKey && this.groupKeys.has(input.parentKey) ? input.parentKey : undefined;
    this.groups.push({ key, title, kind: input.kind, ...(parentKey ? { parentKey } : {}) });
    this.groupKeys.add(key);
    return key;
  }

  addSource(source: ImportedSource): void {
    if (this.sourceKeys.has(source.key))
      throw new ImportError("malformed", `two sources share the key "${source.key}"`);
    this.sourceKeys.add(source.key);
    this.sources.push(source);
  }

  build(meta: { title: string; resolution: string; description: string }): ImportedGraph {
    if (this.bodiesCut > 0)
      this.report.warn(
        `${this.bodiesCut} texts were longer than ${BODY_MAX.toLocaleString("en")} characters and were cut`,
      );
    // The limits of CreateDebateInput.
    const fit = (what: string, text: string, max: number) => {
      const t = text.trim();
      if (t.length <= max) return t;
      this.report.warn(`the ${what} was longer than ${max.toLocaleString("en")} characters and was cut`);
      return t.slice(0, max - 1).trimEnd() + "…";
    };
    return {
      // An untitled file's debate is named by the importer after the file (import-debate.ts).
      title: fit("title", meta.title, 200),
      resolution: fit("resolution", meta.resolution, 1_000),
      description: fit("description", meta.description, 5_000),
      nodes: this.nodes,
      groups: this.groups,
      edges: this.edges,
      sources: this.sources,
      report: this.report.build({ nodes: this.nodes.length, edges: this.edges.length, sources: this.sources.length }),
    };
  }
}

/** Is `v` a plain record (after the JSON guard every object is one)? */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Refuse a list longer than the node limit before zod walks it. */
export function assertCount(list: unknown, what: string, max: number = IMPORT_LIMITS.maxNodes): void {
  if (Array.isArray(list) && list.length > max) {
    throw new ImportError(
      "too_many",
      `the file has ${list.length.toLocaleString("en")} ${what}; at most ${max.toLocaleString("en")} are accepted`,
    );
  }
}

/** A zod error as one readable line: where (path) and what. */
export function describeZodIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  max = 3,
): string {
  const parts = issues.slice(0, max).map((i) => {
    const path = i.path
      .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
      .join("")
      .replace(/^\./, "");
    return path ? `${path}: ${i.message}` : i.message;
  });
  const more = issues.length > max ? ` (and ${issues.length - max} more problems)` : "";
  return parts.join("; ") + more;
}

/**
 * A card's text as Clash writes it where a format has no card (Argdown, AIF) — `[body ]“quote”[ — cite]`
 * — read back: the body before the quote, the quote (at `quoteAt` in the text) and the cite. Null
 * when the text holds no quote in curly quotes.
 */
export function splitCardText(text: string): { body: string; quote: string; cite: string; quoteAt: number } | null {
  const open = text.indexOf("“");
  if (open < 0) return null;
  const sep = text.lastIndexOf("” — ");
  const end = text.trimEnd();
  const close = sep > open ? sep : end.endsWith("”") ? end.length - 1 : -1;
  if (close <= open + 1) return null;
  return {
    body: text.slice(0, open).trim(),
    quote: text.slice(open + 1, close),
    cite: sep > open ? text.slice(sep + "” — ".length).trim() : "",
    quoteAt: open + 1,
  };
}

/** A source made of its cards' quotes, known only by their cite (a format without sources). */
export function citeSource(key: string, title: string, cite: string, text: string) {
  return {
    key,
    title: title || "Card without a cite",
    author: "",
    qualifications: "",
    publication: "",
    date: "",
    url: "",
    attribution: cite,
    text,
  };
}

/** A card read from a format that holds its quote and cite but no source (Argdown, AIF). */
export type QuotedCard = {
  node: ImportedNode;
  quote: string;
  cite: string;
  /** its layers (offsets in the quote) and cite parts, as far as the format held them */
  markup?: Partial<
    Pick<
      NonNullable<ImportedNode["evidence"]>,
      "highlights" | "underline" | "emphasis" | "highlights2" | "insertions" | "citeFields"
    >
  >;
};

/**
 * Make evidence of cards read from a format without sources: one source per cite, its text the
 * quotes of the cards with that cite, blank lines between, so each card anchors exactly where its
 * quote stands (as a Verbatim file's cards do). The source is named by the cite; ranges outside a
 * quote are dropped rather than refused. Call before `build`, after the card nodes are added.
 */
export function addQuoteSources(b: GraphBuilder, cards: readonly QuotedCard[]): void {
  const byCite = new Map<string, { key: string; cite: string; text: string }>();
  const placed: { card: QuotedCard; key: string; start: number }[] = [];
  for (const card of cards) {
    if (card.quote === "") continue;
    const cite = card.cite.trim();
    let source = byCite.get(cite);
    if (!source) {
      source = { key: `quoted-${byCite.size + 1}`, cite, text: "" };
      byCite.set(cite, source);
    }
    const start = source.text === "" ? 0 : source.text.length + 2;
    source.text = source.text === "" ? card.quote : `${source.text}\n\n${card.quote}`;
    placed.push({ card, key: source.key, start });
  }
  for (const s of byCite.values()) b.addSource(citeSource(s.key, abbreviate(s.cite, TITLE_MAX), s.cite, s.text));
  for (const { card, key, start } of placed) {
    const text = byCite.get(card.cite.trim())!.text;
    const inQuote = (rs: readonly { start: number; end: number }[] | undefined) =>
      (rs ?? []).filter((r) => r.start >= 0 && r.end > r.start && r.end <= card.quote.length);
    const m = card.markup ?? {};
    card.node.kind = "evidence";
    card.node.evidence = {
      sourceKey: key,
      ...describeSpan(text, start, start + card.quote.length),
      cite: card.cite,
      highlights: inQuote(m.highlights),
      underline: inQuote(m.underline),
      emphasis: inQuote(m.emphasis),
      highlights2: inQuote(m.highlights2),
      insertions: (m.insertions ?? []).filter((i) => i.at >= 0 && i.at <= card.quote.length),
      citeFields: m.citeFields ?? {},
    };
  }
}
