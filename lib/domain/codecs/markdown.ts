// A Markdown outline of a debate: the resolution, then each root argument with the tree of
// what supports and attacks it, cards quoted with their cite and highlights in bold.
import type { NodeDto } from "../schemas";
import type { Relation } from "../vocabulary";
import { markdownText, markdownUrl } from "./escape";
import type { ExportableDebate } from "./types";

/** Deeper answers are written at this depth, naming what they answer (a 10,000-long chain must not indent 10,000 times). */
export const MAX_MARKDOWN_DEPTH = 24;

const LABEL: Record<Relation, string> = {
  supports: "Pro",
  extends: "Pro (extends)",
  rebuts: "Con",
  undercuts: "Con (undercuts)",
  turns: "Con (turn)",
  premise: "Premise",
  contradicts: "Con (contradicts)",
};

/** Escape inline Markdown (emphasis, code, links, HTML, entities) so text reads as written; see markdownText. */
export const escapeMarkdown = markdownText;

/** Escape what would start a block at the beginning of a line (heading, list, quote, rule). */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)([#+\-=>])/, (_m, space: string, mark: string) => `${space}\\${mark}`)
    .replace(/^(\s*\d+)([.)])/, (_m, lead: string, mark: string) => `${lead}\\${mark}`);
}

/** Lines of a multi-line text, escaped, each prefixed. */
function paragraph(text: string, prefix: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .trim()
    .split("\n")
    .map((l) => (l.trim() === "" ? prefix.trimEnd() : prefix + escapeLineStart(escapeMarkdown(l.trim()))));
}

/** A card's quote with highlighted ranges in bold. */
export function quoteMarkdown(e: NonNullable<NodeDto["evidence"]>): string {
  const ranges = [...e.highlights].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const h of ranges) {
    const end = Math.min(h.end, e.quote.length);
    if (end <= h.start) continue;
    const last = merged[merged.length - 1];
    if (last && h.start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start: h.start, end });
  }
  const flat = (s: string) => escapeMarkdown(s.replace(/\r\n?|\n/g, " "));
  let out = "";
  let at = 0;
  for (const h of merged) {
    out += flat(e.quote.slice(at, h.start));
    const inner = e.quote.slice(h.start, h.end);
    // Markdown bold cannot start or end on a space: keep the spaces outside the markers.
    const lead = inner.slice(0, inner.length - inner.trimStart().length);
    const trail = inner.slice(inner.trimEnd().length);
    const core = inner.trim();
    out += core ? `${lead}**${flat(core)}**${trail}` : inner;
    at = h.end;
  }
  return (out + flat(e.quote.slice(at))).trim();
}

function meta(n: NodeDto): string {
  const parts: string[] = [];
  if (n.side !== "neutral") parts.push(n.side === "aff" ? "Aff" : "Neg");
  if (n.speech) parts.push(n.speech);
  if (n.role) parts.push(n.role);
  if (n.responseType) parts.push(n.responseType);
  if (n.kind === "evidence") parts.push("card");
  else if (n.kind === "rebuttal") parts.push("rebuttal");
  return parts.length ? ` *(${parts.join(" · ")})*` : "";
}

/**
 * The debate as a Markdown outline. Roots are the arguments that act on nothing (theses first);
 * under each, nested bullets follow the edges backwards: "Pro:" for supports (and extensions),
 * "Con:" for attacks. A node already written (shared by two parents, or in a cycle) is named
 * again with "see above" instead of being repeated. Iterative, so long chains cannot overflow.
 */
export function toMarkdown(d: ExportableDebate): string {
  const byId = new Map(d.nodes.map((n) => [n.id, n]));
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const children = new Map<string, { id: string; relation: Relation }[]>();
  const acts = new Set<string>();
  for (const e of d.edges) {
    if (!byId.has(e.source) || !byId.has(e.target) || e.source === e.target) continue;
    (children.get(e.target) ?? children.set(e.target, []).get(e.target)!).push({ id: e.source, relation: e.relation });
    acts.add(e.source);
  }

  const lines: string[] = [`# ${escapeMarkdown(d.title.trim() || "Untitled debate")}`, ""];
  if (d.resolution.trim()) lines.push(`**Resolution:** ${escapeMarkdown(d.resolution.trim())}`, "");
  if (d.description.trim()) lines.push(...paragraph(d.description, ""), "");

  const order = new Map(d.nodes.map((n, i) => [n.id, i]));
  const rank = (n: NodeDto) => (n.role === "thesis" ? 0 : 1);
  const roots = d.nodes
    .filter((n) => !acts.has(n.id))
    .sort((a, b) => rank(a) - rank(b) || order.get(a.id)! - order.get(b.id)!);
  const written = new Set<string>();

  const writeCard = (n: NodeDto, indent: string) => {
    if (!n.evidence) return;
    lines.push(`${indent}> ${quoteMarkdown(n.evidence)}`);
    const src = sources.get(n.evidence.sourceId);
    const cite = n.evidence.cite.trim() || src?.title || "";
    // Only an http(s)/mailto URL becomes a link, percent-encoded so it cannot end the autolink.
    const link = src?.url.trim() ? ` (${markdownUrl(src.url)})` : "";
    if (cite || link) lines.push(`${indent}>`, `${indent}> — ${escapeMarkdown(cite)}${link}`);
  };

  const writeTree = (rootId: string) => {
    const root = byId.get(rootId)!;
    written.add(rootId);
    lines.push(`## ${escapeMarkdown(root.title.trim() || "Untitled")}${meta(root)}`, "");
    if (root.body.trim()) lines.push(...paragraph(root.body, ""), "");
    if (root.evidence) {
      writeCard(root, "");
      lines.push("");
    }
    const stack: { id: string; relation: Relation; depth: number; parent: string }[] = [];
    const pushChildren = (id: string, depth: number) => {
      const list = children.get(id) ?? [];
      for (let i = list.length - 1; i >= 0; i--) stack.push({ ...list[i]!, depth, parent: id });
    };
    pushChildren(rootId, 0);
    let any = false;
    while (stack.length > 0) {
      const { id, relation, depth, parent } = stack.pop()!;
      const n = byId.get(id)!;
      const indent = "  ".repeat(Math.min(depth, MAX_MARKDOWN_DEPTH));
      const re =
        depth > MAX_MARKDOWN_DEPTH
          ? ` *(answers: ${escapeMarkdown(byId.get(parent)!.title.trim() || "Untitled")})*`
          : "";
      const title = escapeMarkdown(n.title.trim() || "Untitled") + re;
      any = true;
      if (written.has(id)) {
        lines.push(`${indent}- **${LABEL[relation]}:** ${title} *(see above)*`);
        continue;
      }
      written.add(id);
      lines.push(`${indent}- **${LABEL[relation]}:** ${title}${meta(n)}`);
      if (n.body.trim()) lines.push(...paragraph(n.body, `${indent}  `));
      writeCard(n, `${indent}  `);
      pushChildren(id, depth + 1);
    }
    if (any) lines.push("");
  };

  for (const r of roots) writeTree(r.id);
  // Whatever no root reaches sits on a cycle: start a tree at its first node.
  for (const n of d.nodes) if (!written.has(n.id)) writeTree(n.id);
  return (
    lines
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd() + "\n"
  );
}
