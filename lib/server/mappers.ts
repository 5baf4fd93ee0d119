import "server-only";
import { z } from "zod";
import {
  CardMarkup,
  CiteFields,
  EdgeDto,
  NodeDto,
  NodeGroupDto,
  Range,
  SourceSummaryDto,
  type Evidence,
} from "@/lib/domain/schemas";
import { markupOf } from "@/lib/domain/card-markup";
import type { ArgNode, Edge, NodeGroup, Source } from "@/generated/prisma/client";

const Highlights = z.array(Range);
const Tags = z.array(z.string());

/** A node's stored tags (JSON text); anything unreadable reads as none. */
export function parseTags(raw: string | null | undefined): string[] {
  if (!raw) return [];
  try {
    const parsed = Tags.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.slice(0, 50).map((t) => t.slice(0, 100)) : [];
  } catch {
    return [];
  }
}

function parseHighlights(raw: string | null): Evidence["highlights"] {
  if (!raw) return [];
  try {
    const parsed = Highlights.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The stored markup layers and cite parts of a card, keeping only what is inside its quote. */
function parseJson<T>(schema: z.ZodType<T>, raw: string | null): T | undefined {
  if (!raw) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function parseMarkup(raw: string | null, quoteLength: number): Partial<Evidence> {
  const m = parseJson(CardMarkup, raw);
  if (!m) return {};
  // A bad row must not make the whole graph unreadable: drop ranges the quote no longer holds.
  const inside = (rs: { start: number; end: number }[] | undefined) =>
    rs ? rs.filter((r) => r.end <= quoteLength) : undefined;
  const out: Partial<Evidence> = {};
  if (m.underline?.length) out.underline = inside(m.underline);
  if (m.emphasis?.length) out.emphasis = inside(m.emphasis);
  if (m.highlights2?.length) out.highlights2 = inside(m.highlights2);
  if (m.insertions?.length) out.insertions = m.insertions.filter((i) => i.at <= quoteLength);
  return out;
}

/** A card's markup layers and cite parts → their two JSON columns (null when empty). */
export function markupColumns(e: Evidence | null | undefined): { markup: string | null; citeFields: string | null } {
  if (!e) return { markup: null, citeFields: null };
  const m = markupOf(e);
  const c = e.citeFields && Object.values(e.citeFields).some((v) => v) ? JSON.stringify(e.citeFields) : null;
  return { markup: m ? JSON.stringify(m) : null, citeFields: c };
}

/** A stored node as the API shows it (parsed through its schema so no column leaks). */
export function toNodeDto(n: ArgNode): NodeDto {
  const evidence =
    n.kind === "evidence" && n.sourceId && n.quote != null
      ? {
          sourceId: n.sourceId,
          quote: n.quote,
          start: n.quoteStart ?? 0,
          end: n.quoteEnd ?? 0,
          prefix: n.prefix ?? "",
          suffix: n.suffix ?? "",
          cite: n.cite ?? "",
          highlights: parseHighlights(n.highlights),
          ...parseMarkup(n.markup ?? null, n.quote.length),
          ...(n.citeFields ? { citeFields: parseJson(CiteFields, n.citeFields) } : {}),
          status: n.anchorStatus ?? "exact",
        }
      : null;
  return NodeDto.parse({
    id: n.id,
    kind: n.kind,
    side: n.side,
    role: n.role,
    speech: n.speech,
    responseType: n.responseType,
    title: n.title,
    body: n.body,
    position: { x: n.x, y: n.y },
    version: n.version,
    evidence,
    groupId: n.groupId ?? null,
    tags: parseTags(n.tags),
    scheme: n.scheme ?? null,
  });
}

export function toNodeGroupDto(g: NodeGroup): NodeGroupDto {
  return NodeGroupDto.parse({ id: g.id, parentId: g.parentId, kind: g.kind, title: g.title, order: g.order });
}

/** Domain node fields → the columns that store them. */
export function nodeColumns(f: Partial<Omit<NodeDto, "id" | "version">>) {
  const cols: Record<string, unknown> = {};
  for (const k of ["kind", "side", "role", "speech", "responseType", "title", "body"] as const) {
    if (f[k] !== undefined) cols[k] = f[k];
  }
  if (f.groupId !== undefined) cols.groupId = f.groupId;
  if (f.tags !== undefined) cols.tags = JSON.stringify(f.tags);
  if (f.scheme !== undefined) cols.scheme = f.scheme || null;
  if (f.position) {
    cols.x = f.position.x;
    cols.y = f.position.y;
  }
  if (f.evidence !== undefined) {
    const e = f.evidence;
    cols.sourceId = e?.sourceId ?? null;
    cols.quote = e?.quote ?? null;
    cols.quoteStart = e?.start ?? null;
    cols.quoteEnd = e?.end ?? null;
    cols.prefix = e?.prefix ?? null;
    cols.suffix = e?.suffix ?? null;
    cols.cite = e?.cite ?? null;
    cols.highlights = e ? JSON.stringify(e.highlights) : null;
    Object.assign(cols, markupColumns(e));
    cols.anchorStatus = e ? (e.status ?? "exact") : null;
  }
  return cols;
}

export function toEdgeDto(e: Edge): EdgeDto {
  return EdgeDto.parse({
    id: e.id,
    source: e.sourceId,
    target: e.targetId,
    relation: e.relation,
    version: e.version,
    position: e.position ?? null,
  });
}

type SourceMetaRow = Pick<
  Source,
  "id" | "title" | "author" | "qualifications" | "publication" | "date" | "url" | "attribution" | "version"
>;

export function toSourceSummary(s: SourceMetaRow & { length: number; cardCount: number }) {
  return SourceSummaryDto.parse({
    id: s.id,
    title: s.title,
    author: s.author,
    qualifications: s.qualifications,
    publication: s.publication,
    date: s.date,
    url: s.url,
    attribution: s.attribution,
    length: s.length,
    cardCount: s.cardCount,
    version: s.version,
  });
}

/** Groups ordered so each parent comes before its children (siblings keep their order). */
export function parentsFirst(groups: NodeGroupDto[]): NodeGroupDto[] {
  const ids = new Set(groups.map((g) => g.id));
  const children = new Map<string | null, NodeGroupDto[]>();
  for (const g of groups) {
    const k = g.parentId && ids.has(g.parentId) ? g.parentId : null;
    const list = children.get(k);
    if (list) list.push(g);
    else children.set(k, [g]);
  }
  const out: NodeGroupDto[] = [];
  const visit = (parent: string | null) => {
    for (const g of children.get(parent) ?? []) {
      out.push(g);
      visit(g.id);
    }
  };
  visit(null);
  return out;
}
