import { z } from "zod";
import {
  NodeKind,
  Relation,
  ResponseType,
  Role,
  Side,
  Speech,
  Visibility,
  MemberRole,
  GrantableRole,
} from "./vocabulary-schemas";

/** Ids are opaque strings (cuid on the server; any short token from a client op). */
export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "invalid id");

export const Position = z.object({
  x: z.number().finite().min(-1e7).max(1e7),
  y: z.number().finite().min(-1e7).max(1e7),
});
export type Position = z.infer<typeof Position>;

/** A highlighted sub-range of a card's quote, offsets relative to the quote. */
export const Range = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((r) => r.end > r.start, { message: "end must be after start" });

/** How a card's anchor was last found in its source (set by the server, never by a client). */
export const AnchorStatus = z.enum(["exact", "moved", "fuzzy", "orphaned"]);
export type AnchorStatus = z.infer<typeof AnchorStatus>;

/** The most ranges one markup layer of a card holds (a long card marked word by word stays under it). */
export const MAX_LAYER_RANGES = 2_000;

/** Words the debater added to a card, shown in [brackets]; `at` is an offset in the quote. */
export const Insertion = z.object({
  at: z.number().int().min(0),
  text: z.string().trim().min(1).max(200),
});
export type Insertion = z.infer<typeof Insertion>;

const CiteText = (max: number) => z.string().trim().max(max).optional();

/** The parts of a card's cite; the one-line `cite` is built from them (lib/domain/cite.ts). */
export const CiteFields = z.object({
  shortCite: CiteText(100),
  authors: CiteText(500),
  qualifications: CiteText(1_000),
  date: CiteText(100),
  title: CiteText(500),
  publication: CiteText(500),
  url: CiteText(2_000),
  accessed: CiteText(100),
  pages: CiteText(100),
  initials: CiteText(20),
});
export type CiteFields = z.infer<typeof CiteFields>;

/** The markup layers of a card (besides the main highlight layer), as the database stores them. */
export const CardMarkup = z.object({
  underline: z.array(Range).max(MAX_LAYER_RANGES).optional(),
  emphasis: z.array(Range).max(MAX_LAYER_RANGES).optional(),
  highlights2: z.array(Range).max(MAX_LAYER_RANGES).optional(),
  insertions: z.array(Insertion).max(200).optional(),
});
export type CardMarkup = z.infer<typeof CardMarkup>;

/** A card's fields; `sourceId` is an id here and a file-local key in Clash JSON (see evidenceSchema). */
export const EvidenceFields = z.object({
  sourceId: Id,
  quote: z.string().min(1).max(20_000),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
  cite: z.string().max(2_000),
  /** the main highlight layer: what is read aloud */
  highlights: z.array(Range).max(MAX_LAYER_RANGES),
  underline: CardMarkup.shape.underline,
  emphasis: CardMarkup.shape.emphasis,
  /** the second highlight colour ("highlighting down" in rebuttals) */
  highlights2: CardMarkup.shape.highlights2,
  insertions: CardMarkup.shape.insertions,
  citeFields: CiteFields.optional(),
  status: AnchorStatus.optional(),
});

const LAYERS = ["highlights", "underline", "emphasis", "highlights2"] as const;

/** Evidence fields plus the checks that tie them together (span order, every layer inside the quote). */
export function evidenceSchema(fields: typeof EvidenceFields) {
  return fields
    .refine((e) => e.end > e.start, { message: "end must be after start", path: ["end"] })
    .superRefine((e, ctx) => {
      for (const layer of LAYERS) {
        if ((e[layer] ?? []).some((h) => h.end > e.quote.length))
          ctx.addIssue({
            code: "custom",
            message:
              layer === "highlights" ? "a highlight lies outside the quote" : `a ${layer} range lies outside the quote`,
            path: [layer],
          });
      }
      if ((e.insertions ?? []).some((i) => i.at > e.quote.length))
        ctx.addIssue({ code: "custom", message: "an insertion lies outside the quote", path: ["insertions"] });
    });
}

export const Evidence = evidenceSchema(EvidenceFields);
export type Evidence = z.infer<typeof Evidence>;

/** An argument's title: at most NODE_TITLE_MAX characters. */
export const NODE_TITLE_MAX = 500;
const Title = z.string().trim().max(NODE_TITLE_MAX);
const Body = z.string().max(20_000);
/** An argument's inference rule (Argdown) or scheme name (AIF); null for statements and plain inferences. */
export const Scheme = z.string().trim().max(200);
/** A premise's number in its argument's premise-conclusion structure (1, 2, …). */
export const PremisePosition = z.number().int().min(0).max(100_000);
/** Free labels a user can filter the map by. */
export const Tags = z.array(z.string().trim().min(1).max(100)).max(50);

/** A node as the API returns it. */
export const NodeDto = z.object({
  id: Id,
  kind: NodeKind,
  side: Side,
  role: Role.nullable(),
  speech: Speech.nullable(),
  responseType: ResponseType.nullable(),
  title: z.string(),
  body: z.string(),
  position: Position,
  version: z.number().int(),
  evidence: Evidence.nullable(),
  // Optional in the type so code that builds nodes in memory need not name them: the API always
  // sends both (toNodeDto fills them), so a reader may treat absent as null / [].
  /** the pocket, hat, block or heading the node sits in (null: none) */
  groupId: Id.nullable().optional(),
  /** free labels a user can filter the map by (Argdown #tags, imported keywords) */
  tags: z.array(z.string().max(100)).max(50).optional(),
  /** argument nodes: the inference rule or scheme name (null: none; absent reads as null) */
  scheme: z.string().nullable().optional(),
});
export type NodeDto = z.infer<typeof NodeDto>;

export const EdgeDto = z.object({
  id: Id,
  source: Id,
  target: Id,
  relation: Relation,
  version: z.number().int(),
  /**
   * The number in an argument's premise–conclusion structure: of a premise (premise edges) or of a
   * conclusion (supports edges out of an argument; the highest is the main conclusion). Null or
   * absent: unnumbered.
   */
  position: z.number().int().nullable().optional(),
});
export type EdgeDto = z.infer<typeof EdgeDto>;

export const SourceSummaryDto = z.object({
  id: Id,
  title: z.string(),
  author: z.string(),
  qualifications: z.string(),
  publication: z.string(),
  date: z.string(),
  url: z.string(),
  attribution: z.string(),
  length: z.number().int(),
  cardCount: z.number().int(),
  version: z.number().int(),
});
export type SourceSummaryDto = z.infer<typeof SourceSummaryDto>;

export const SourceDto = SourceSummaryDto.extend({ text: z.string() });
export type SourceDto = z.infer<typeof SourceDto>;

export const DebateSummaryDto = z.object({
  id: Id,
  title: z.string(),
  resolution: z.string(),
  description: z.string(),
  visibility: Visibility,
  ownerId: z.string(),
  ownerName: z.string(),
  role: MemberRole.nullable(),
  nodeCount: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
  /** true when a seminar runs on the debate and the caller sees its reveal, not the whole debate */
  seminarLimited: z.literal(true).optional(),
  /**
   * In the list only (GET /api/debates): true when the debate is shared with the caller, who holds
   * a membership (direct or through a live link) and does not own it. A public debate the caller
   * merely reads (role viewer, no membership) leaves it out.
   */
  shared: z.literal(true).optional(),
});
export type DebateSummaryDto = z.infer<typeof DebateSummaryDto>;

export const MemberDto = z.object({
  userId: z.string(),
  name: z.string(),
  /** Only in the owner's list: e-mail addresses reach nobody else (members see names). */
  email: z.string().optional(),
  role: MemberRole,
});
export type MemberDto = z.infer<typeof MemberDto>;

/** A named group of nodes: a Verbatim pocket, hat or block, or an Argdown heading (nested by parentId). */
export const NodeGroupDto = z.object({
  id: Id,
  parentId: Id.nullable(),
  kind: z.enum(["pocket", "hat", "block", "heading"]),
  title: z.string(),
  order: z.number().int(),
});
export type NodeGroupDto = z.infer<typeof NodeGroupDto>;

export const DebateDto = DebateSummaryDto.extend({
  /** the change-log position this snapshot includes: live updates resume after it */
  seq: z.number().int(),
  nodes: z.array(NodeDto),
  edges: z.array(EdgeDto),
  sources: z.array(SourceSummaryDto),
  /** the node groups, parents before children (optional in the type: the API always sends it) */
  groups: z.array(NodeGroupDto).optional(),
});
export type DebateDto = z.infer<typeof DebateDto>;

// ---------- inputs ----------

/** A copy of a debate: optionally under a title of the copier's choosing (default "… (copy)"). */
export const CopyDebateInput = z
  .object({ title: z.string().trim().min(1, "a title is required").max(200).optional() })
  .strict();
export type CopyDebateInput = z.infer<typeof CopyDebateInput>;

export const CreateDebateInput = z.object({
  title: z.string().trim().min(1, "a title is required").max(200),
  resolution: z.string().trim().max(1_000).default(""),
  description: z.string().trim().max(5_000).default(""),
  visibility: Visibility.default("private"),
  /** Start the map with the resolution as its thesis claim (the New debate dialog asks for it). */
  resolutionClaim: z.boolean().default(false),
});
export type CreateDebateInput = z.infer<typeof CreateDebateInput>;

export const UpdateDebateInput = z.object({
  version: z.number().int(),
  title: z.string().trim().min(1, "a title is required").max(200).optional(),
  resolution: z.string().trim().max(1_000).optional(),
  description: z.string().trim().max(5_000).optional(),
  visibility: Visibility.optional(),
});
export type UpdateDebateInput = z.infer<typeof UpdateDebateInput>;

export const NodeFields = z.object({
  kind: NodeKind,
  side: Side.default("neutral"),
  role: Role.nullable().default(null),
  speech: Speech.nullable().default(null),
  responseType: ResponseType.nullable().default(null),
  title: Title.default(""),
  body: Body.default(""),
  position: Position.default({ x: 0, y: 0 }),
  evidence: Evidence.nullable().default(null),
  scheme: Scheme.nullable().optional(),
  tags: Tags.optional(),
});

export const CreateNodeInput = NodeFields.extend({ id: Id.optional() });
export type CreateNodeInput = z.infer<typeof CreateNodeInput>;

export const NodePatch = z.object({
  kind: NodeKind.optional(),
  side: Side.optional(),
  role: Role.nullable().optional(),
  speech: Speech.nullable().optional(),
  responseType: ResponseType.nullable().optional(),
  title: Title.optional(),
  body: Body.optional(),
  position: Position.optional(),
  evidence: Evidence.nullable().optional(),
  scheme: Scheme.nullable().optional(),
  tags: Tags.optional(),
});
export type NodePatch = z.infer<typeof NodePatch>;

export const UpdateNodeInput = NodePatch.extend({ version: z.number().int() });
export type UpdateNodeInput = z.infer<typeof UpdateNodeInput>;

export const CreateEdgeInput = z.object({
  id: Id.optional(),
  source: Id,
  target: Id,
  relation: Relation,
  position: PremisePosition.nullable().optional(),
});
export type CreateEdgeInput = z.infer<typeof CreateEdgeInput>;

export const UpdateEdgeInput = z.object({
  version: z.number().int(),
  relation: Relation,
  position: PremisePosition.nullable().optional(),
});
export type UpdateEdgeInput = z.infer<typeof UpdateEdgeInput>;

export const VersionQuery = z.object({ version: z.coerce.number().int().optional() });
export const DebateHeadQuery = z.object({ part: z.literal("head").optional() });

/** One operation of a batch; the batch applies in one transaction, all or nothing. */
export const Op = z.discriminatedUnion("op", [
  z.object({ op: z.literal("createNode"), node: CreateNodeInput }),
  z.object({ op: z.literal("updateNode"), id: Id, version: z.number().int(), patch: NodePatch }),
  z.object({ op: z.literal("deleteNode"), id: Id, version: z.number().int().optional() }),
  z.object({ op: z.literal("createEdge"), edge: CreateEdgeInput }),
  z.object({
    op: z.literal("updateEdge"),
    id: Id,
    version: z.number().int(),
    relation: Relation,
    position: PremisePosition.nullable().optional(),
  }),
  z.object({ op: z.literal("deleteEdge"), id: Id, version: z.number().int().optional() }),
]);
export type Op = z.infer<typeof Op>;

export const OpsInput = z.object({ ops: z.array(Op).min(1).max(5_000) });
export type OpsInput = z.infer<typeof OpsInput>;

export const SetMemberInput = z.object({
  email: z.email().max(320),
  role: GrantableRole,
});
export type SetMemberInput = z.infer<typeof SetMemberInput>;

// ---------- sources, cards and search ----------

/** Only http(s) URLs are stored: React escapes text but not hrefs. */
/** An address as people type it ("www.defenseone.com/…") is a web address: https is assumed. */
export const withScheme = (v: string) => (/^www\.[^\s/]+\.[^\s/]/i.test(v) ? `https://${v}` : v);

export const HttpUrl = z
  .string()
  .trim()
  .max(2_000)
  .transform(withScheme)
  .refine((v) => v === "" || (/^https?:\/\//i.test(v) && URL.canParse(v)), {
    message: "use an http:// or https:// address",
  });

/** The longest source text accepted (characters, after HTML is reduced to text). */
export const MAX_SOURCE_CHARS = 2_000_000;

const SourceMeta = {
  title: z.string().trim().min(1, "a title is required").max(500),
  author: z.string().trim().max(300),
  qualifications: z.string().trim().max(1_000),
  publication: z.string().trim().max(500),
  date: z.string().trim().max(100),
  url: HttpUrl,
  attribution: z.string().trim().max(1_000),
};

export const SourceFormat = z.enum(["text", "markdown", "html"]);

export const CreateSourceInput = z.object({
  title: SourceMeta.title,
  author: SourceMeta.author.default(""),
  qualifications: SourceMeta.qualifications.default(""),
  publication: SourceMeta.publication.default(""),
  date: SourceMeta.date.default(""),
  url: SourceMeta.url.default(""),
  attribution: SourceMeta.attribution.default(""),
  /** html is reduced to its readable text on the server; text and markdown are kept as written */
  format: SourceFormat.default("text"),
  text: z
    .string()
    .min(1, "the source has no text")
    .max(MAX_SOURCE_CHARS, "the source is longer than 2,000,000 characters"),
});
export type CreateSourceInput = z.infer<typeof CreateSourceInput>;

export const UpdateSourceInput = z.object({
  version: z.number().int(),
  title: SourceMeta.title.optional(),
  author: SourceMeta.author.optional(),
  qualifications: SourceMeta.qualifications.optional(),
  publication: SourceMeta.publication.optional(),
  date: SourceMeta.date.optional(),
  url: SourceMeta.url.optional(),
  attribution: SourceMeta.attribution.optional(),
  text: z.string().min(1, "the source has no text").max(MAX_SOURCE_CHARS).optional(),
});
export type UpdateSourceInput = z.infer<typeof UpdateSourceInput>;

export const DeleteSourceQuery = z.object({ deleteCards: z.enum(["true", "false"]).default("false") });

/** Cut a card: a span of the source, the tag and cite, and the argument it supports or attacks. */
export const CutCardInput = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string().min(1, "select some text first").max(20_000),
  tag: z.string().trim().min(1, "write the tag: the claim this card makes").max(500),
  cite: z.string().trim().max(2_000).default(""),
  targetId: Id,
  relation: z.enum(["supports", "rebuts"]),
  speech: Speech.nullable().default(null),
  highlights: z.array(Range).max(200).default([]),
});
export type CutCardInput = z.infer<typeof CutCardInput>;

export const SearchQuery = z.object({
  q: z.string().trim().min(1, "type something to search for").max(200),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** A search hit: the snippet split into plain and matching parts, so no markup is needed. */
export const SearchHitDto = z.object({
  type: z.enum(["argument", "source"]),
  id: Id,
  title: z.string(),
  kind: NodeKind.nullable(),
  parts: z.array(z.object({ text: z.string(), match: z.boolean() })),
});
export type SearchHitDto = z.infer<typeof SearchHitDto>;

// ---------- collaboration: share links, comments, history ----------

export const CreateLinkInput = z.object({
  role: GrantableRole,
  /** days until the link stops working; null = until revoked */
  expiresInDays: z.number().int().min(1).max(365).nullable().default(7),
});
export type CreateLinkInput = z.infer<typeof CreateLinkInput>;

export const ShareLinkDto = z.object({
  id: Id,
  role: GrantableRole,
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
  members: z.number().int(),
});
export type ShareLinkDto = z.infer<typeof ShareLinkDto>;

/** The secret part of a share link: 32 url-safe characters or more. */
export const LinkToken = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/, "this is not a Clash share link");

export const CreateCommentInput = z.object({
  nodeId: Id,
  parentId: Id.nullable().default(null),
  body: z.string().trim().min(1, "write something first").max(5_000),
});
export type CreateCommentInput = z.infer<typeof CreateCommentInput>;

export const UpdateCommentInput = z.object({
  version: z.number().int(),
  body: z.string().trim().min(1).max(5_000).optional(),
  resolved: z.boolean().optional(),
});
export type UpdateCommentInput = z.infer<typeof UpdateCommentInput>;

export const CommentDto = z.object({
  id: Id,
  nodeId: Id,
  parentId: Id.nullable(),
  author: z.object({ id: z.string(), name: z.string() }),
  body: z.string(),
  resolved: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type CommentDto = z.infer<typeof CommentDto>;

export const HistoryQuery = z.object({
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  entityId: Id.optional(),
});

// A history entry (HistoryEntryDto) is part of the change contract: lib/domain/changes.ts.

export const RestoreInput = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("node"), entityId: Id, seq: z.number().int().min(0) }),
  z.object({ scope: z.literal("edge"), entityId: Id, seq: z.number().int().min(0) }),
  z.object({ scope: z.literal("debate"), seq: z.number().int().min(0) }),
]);
export type RestoreInput = z.infer<typeof RestoreInput>;
