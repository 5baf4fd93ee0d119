import "server-only";
import { encodeExport } from "./encode-export";
import { EXPORT_FILES, type ExportableDebate, type ExportFormat } from "@/lib/domain/codecs";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { withRead } from "../tx";
import { parentsFirst, toEdgeDto, toNodeDto, toNodeGroupDto } from "../mappers";
import { slugify } from "@/lib/domain/slug";
import { applySeminarView, seminarViewFor } from "../seminars/reader-view";

export type ExportedFile = {
  fileName: string;
  contentType: string;
  body: string;
  /** what the format could not hold, when the file has no place to say it (Kialo) */
  notes?: { what: string; count: number; why: string }[];
};

/** A debate with everything an exporter needs, sources with their text, in creation (file) order. */
export async function loadExportable({
  debateId,
  user,
}: {
  user: SessionUser | null;
  debateId: string;
}): Promise<ExportableDebate> {
  return withRead(async (db) => {
    const { debate, role } = await authorizeDebate(db, debateId, user, "viewer");
    // An export shows what the map shows: a seminar's unrevealed speeches stay out of it.
    const view = await seminarViewFor(db, debateId, user, role);
    const order = [{ createdAt: "asc" as const }, { id: "asc" as const }];
    const [nodes, edges, sources, groups] = await Promise.all([
      db.argNode.findMany({ where: { debateId: debate.id }, orderBy: order }),
      db.edge.findMany({ where: { debateId: debate.id }, orderBy: order }),
      db.source.findMany({ where: { debateId: debate.id }, orderBy: order }),
      db.nodeGroup.findMany({ where: { debateId: debate.id }, orderBy: [{ order: "asc" }, { id: "asc" }] }),
    ]);
    const shown = applySeminarView({ nodes: nodes.map(toNodeDto), edges: edges.map(toEdgeDto) }, view);
    const nodeDtos = shown.nodes;
    const cards = new Map<string, number>();
    for (const n of nodeDtos) if (n.evidence) cards.set(n.evidence.sourceId, (cards.get(n.evidence.sourceId) ?? 0) + 1);
    return {
      id: debate.id,
      title: debate.title,
      resolution: debate.resolution,
      description: debate.description,
      nodes: nodeDtos,
      groups: parentsFirst(groups.map(toNodeGroupDto)),
      edges: shown.edges,
      sources: sources.map((s) => ({
        id: s.id,
        title: s.title,
        author: s.author,
        qualifications: s.qualifications,
        publication: s.publication,
        date: s.date,
        url: s.url,
        attribution: s.attribution,
        version: s.version,
        text: s.text,
        length: s.text.length,
        cardCount: cards.get(s.id) ?? 0,
      })),
    };
  });
}

/** Export a debate (anyone who may view it) as Clash JSON, Argdown, AIF or a Markdown outline. */
export async function exportDebate(options: {
  user: SessionUser | null;
  debateId: string;
  format: ExportFormat;
  /** the worker's time budget for a big debate (default CLASH_EXPORT_BUDGET_MS) */
  budgetMs?: number;
}): Promise<ExportedFile> {
  const exportable = await loadExportable(options);
  const { contentType, extension } = EXPORT_FILES[options.format];
  const { body, notes } = await encodeExport({ format: options.format, debate: exportable }, options.budgetMs);
  return { fileName: `${slugify(exportable.title)}${extension}`, contentType, body: body as string, notes };
}
