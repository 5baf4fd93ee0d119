// Test helpers shared by the codec tests (not used by the app).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { layoutGraph } from "@/lib/domain/layout";
import type { NodeDto } from "@/lib/domain/schemas";
import { demoCards, readSeedSource } from "@/prisma/seed-lib";
import * as demo from "@/prisma/seed-data/tajikistan";
import type { ExportableDebate, ImportedGraph } from "../types";

/** The corpus of real argument maps, kept in the repository (tests/fixtures/corpus; CLASH_CORPUS overrides). */
export const CORPUS = process.env.CLASH_CORPUS ?? path.resolve(import.meta.dirname, "../../../../tests/fixtures/corpus");
export const FIXTURES = import.meta.dirname;

/** Every corpus file of a format (read-only; never edited). */
export function corpusFiles(folder: "argdown" | "aif" | "kialo", ext: string): { name: string; text: string }[] {
  const dir = path.join(CORPUS, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), "utf8") }));
}

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), "utf8");
}

/**
 * What the server would hold after storing an imported graph: ids minted from the keys'
 * order, positions defaulted, cards pointing at their sources' new ids.
 */
export function toExportable(g: ImportedGraph, prefix = "x"): ExportableDebate {
  const nodeId = new Map(g.nodes.map((n, i) => [n.key, `${prefix}n${i + 1}`]));
  const sourceId = new Map(g.sources.map((s, i) => [s.key, `${prefix}s${i + 1}`]));
  return {
    id: `${prefix}debate`,
    title: g.title,
    resolution: g.resolution,
    description: g.description,
    nodes: g.nodes.map((n) => ({
      id: nodeId.get(n.key)!,
      kind: n.kind,
      side: n.side,
      role: n.role,
      speech: n.speech,
      responseType: n.responseType,
      title: n.title,
      body: n.body,
      position: n.position ?? { x: 0, y: 0 },
      version: 1,
      evidence: n.evidence
        ? {
            sourceId: sourceId.get(n.evidence.sourceKey)!,
            quote: n.evidence.quote,
            start: n.evidence.start,
            end: n.evidence.end,
            prefix: n.evidence.prefix,
            suffix: n.evidence.suffix,
            cite: n.evidence.cite,
            highlights: n.evidence.highlights,
          }
        : null,
      ...(n.scheme ? { scheme: n.scheme } : {}),
    })),
    edges: g.edges.map((e, i) => ({
      id: `${prefix}e${i + 1}`,
      source: nodeId.get(e.from)!,
      target: nodeId.get(e.to)!,
      relation: e.relation,
      version: 1,
      ...(e.position != null ? { position: e.position } : {}),
    })),
    sources: g.sources.map(({ key, ...s }) => ({ ...s, id: sourceId.get(key)!, version: 1 })),
  };
}

/** The Tajikistan demo debate as the API would export it (cards anchored in the shipped sources). */
export function seedDebate(): ExportableDebate {
  const cards = new Map(demoCards().map((c) => [c.key, c]));
  const positions = layoutGraph(
    demo.nodes.map((n) => ({ id: n.key, kind: n.kind, title: n.title, evidence: n.evidence ? ({ quote: n.evidence.quote } as NodeDto["evidence"]) : null })),
    demo.edges.map((e) => ({ source: e.from, target: e.to, relation: e.relation })),
  );
  return {
    id: "tajikistan-demo",
    ...demo.debate,
    nodes: demo.nodes.map((n) => {
      const card = cards.get(n.key);
      return {
        id: `tj-${n.key}`,
        kind: n.kind,
        side: n.side,
        role: n.role ?? null,
        speech: n.speech ?? null,
        responseType: n.responseType ?? null,
        title: n.title,
        body: n.body ?? "",
        position: positions.get(n.key)!,
        version: 1,
        evidence: card
          ? {
              sourceId: `tj-src-${card.source.key}`,
              quote: card.anchor.quote,
              start: card.anchor.start,
              end: card.anchor.end,
              prefix: card.anchor.prefix,
              suffix: card.anchor.suffix,
              cite: card.cite,
              highlights: card.highlights,
              status: "exact" as const,
            }
          : null,
      };
    }),
    edges: demo.edges.map((e, i) => ({ id: `tj-e${i + 1}`, source: `tj-${e.from}`, target: `tj-${e.to}`, relation: e.relation, version: 1 })),
    sources: demo.sources.map((s) => ({
      id: `tj-src-${s.key}`,
      title: s.title,
      author: s.author,
      qualifications: s.qualifications,
      publication: s.publication,
      date: s.date,
      url: s.url,
      attribution: s.attribution,
      text: readSeedSource(s.file),
      version: 1,
    })),
  };
}

type Graphish = { nodes: { key: string; title: string; kind: string; side: string }[]; edges: { from: string; to: string; relation: string }[] };

/** A graph by titles: sorted node lines (title, kind, side) and edge lines (from, relation, to). */
export function signature(g: Graphish, fields: ("kind" | "side")[] = ["kind", "side"]): { nodes: string[]; edges: string[] } {
  const title = new Map(g.nodes.map((n) => [n.key, n.title]));
  return {
    nodes: g.nodes.map((n) => [n.title, ...fields.map((f) => n[f])].join(" | ")).sort(),
    edges: g.edges.map((e) => `${title.get(e.from)} --${e.relation}--> ${title.get(e.to)}`).sort(),
  };
}

/** The same for an exportable debate (ids instead of keys). */
export function debateSignature(d: ExportableDebate, fields: ("kind" | "side")[] = ["kind", "side"]) {
  return signature(
    { nodes: d.nodes.map((n) => ({ ...n, key: n.id })), edges: d.edges.map((e) => ({ from: e.source, to: e.target, relation: e.relation })) },
    fields,
  );
}

/** Run a function and return the error it throws (or fail). */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected the call to throw");
}
