import type { EdgeDto, Evidence, NodeDto, NodeGroupDto, Position, SourceDto } from "../schemas";

/** Formats Clash reads and writes. */
export type ImportFormat = "json" | "argdown" | "aif" | "kialo" | "docx";
export type ExportFormat = "json" | "argdown" | "aif" | "markdown" | "kialo";

/**
 * A format-neutral graph: what every importer produces and what the server stores in one
 * transaction. Keys are local to the file; the server mints ids. Positions are optional (the
 * server lays out what has none).
 */
export type ImportedGraph = {
  title: string;
  resolution: string;
  description: string;
  nodes: ImportedNode[];
  /** named groups (Argdown headings, Verbatim pockets/hats/blocks), parents before children */
  groups: ImportedGroup[];
  /** `position`: the number in an argument's premise–conclusion structure (premises, and an argument's conclusions) */
  edges: { from: string; to: string; relation: EdgeDto["relation"]; position?: number | null }[];
  sources: ImportedSource[];
  report: ImportReport;
};

export type ImportedNode = Pick<NodeDto, "kind" | "side" | "role" | "speech" | "responseType" | "title" | "body"> & {
  key: string;
  position: Position | null;
  /**
   * Argdown #tags, Kialo ids, AIF node ids kept as metadata; `userTags` picks the ones a
   * user filters by (the stored ArgNode.tags).
   */
  tags?: string[];
  /** the group (by key in `groups`) the node sits in: an Argdown heading, a Verbatim block… */
  groupKey?: string;
  /** argument nodes: the inference rule (Argdown) or scheme name (AIF) */
  scheme?: string | null;
  /** a card quoting one of `sources` (by key) */
  evidence: (Omit<Evidence, "sourceId" | "status"> & { sourceKey: string }) | null;
};

/** A group of nodes in a file: a heading (nested by level) or a Verbatim pocket > hat > block. */
export type ImportedGroup = {
  key: string;
  title: string;
  kind: "pocket" | "hat" | "block" | "heading";
  parentKey?: string;
};

export type ImportedSource = Omit<SourceDto, "id" | "length" | "cardCount" | "version"> & { key: string };

/** What an import created and what it could not use, said plainly. */
export type ImportReport = {
  format: ImportFormat;
  counts: { nodes: number; edges: number; sources: number };
  skipped: { what: string; why: string; count: number }[];
  warnings: string[];
  /** "file": the arguments kept the positions the file gave them; "laid-out": the import laid them out */
  positions?: "file" | "laid-out";
  /** what a Word (Verbatim) file held, by Verbatim's own units (absent for other formats) */
  document?: { pockets: number; hats: number; blocks: number; cards: number; analytics: number };
};

/** Everything an exporter needs: a debate as the API shows it, sources with their text. */
export type ExportableDebate = {
  id: string;
  title: string;
  resolution: string;
  description: string;
  nodes: NodeDto[];
  edges: EdgeDto[];
  sources: (Omit<SourceDto, "length" | "cardCount"> & Partial<Pick<SourceDto, "length" | "cardCount">>)[];
  /** node groups, parents before children (absent: none) */
  groups?: NodeGroupDto[];
};

/**
 * A refusal of an input file: becomes a 413 (too big) or a 422 (malformed, too deep, too many,
 * empty, in another format than chosen, or holding no argument).
 */
export class ImportError extends Error {
  constructor(
    readonly kind:
      "too_large" | "malformed" | "too_deep" | "too_many" | "unsupported" | "empty" | "wrong_format" | "no_arguments",
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ImportError";
  }
}

/** Limits applied before any parser runs. */
export const IMPORT_LIMITS = { maxBytes: 20 * 1024 * 1024, maxDepth: 64, maxNodes: 50_000 } as const;
