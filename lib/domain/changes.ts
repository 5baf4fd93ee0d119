import { z } from "zod";
import { CommentDto, DebateSummaryDto, EdgeDto, Id, NodeDto, ShareLinkDto, SourceSummaryDto } from "./schemas";
import { GrantableRole, MemberRole } from "./vocabulary-schemas";
import { SpeechDocItemDto } from "./speech-doc-schemas";

/**
 * The change log's contract: every row of the `Change` table and every live event is one of these.
 * Version 1 is what rows held before this contract (no version column, shapes varying by writer);
 * `readChange` upgrades them. Bump the version, and teach `upgrade` the old shape, whenever a
 * state below changes in a way old rows do not satisfy.
 */
export const CHANGE_SCHEMA_VERSION = 2;

export const CHANGE_ENTITIES = [
  "debate",
  "node",
  "edge",
  "source",
  "membership",
  "comment",
  "link",
  "seminar",
  "speechDoc",
] as const;
export const ChangeEntity = z.enum(CHANGE_ENTITIES);
export type ChangeEntity = z.infer<typeof ChangeEntity>;
export const ChangeAction = z.enum(["create", "update", "delete"]);
export type ChangeAction = z.infer<typeof ChangeAction>;

// ---------- what each entity's before and after hold ----------

/** A debate's own fields (not the reader-relative ones of its summary: role, counts, owner name). */
export const DebateState = DebateSummaryDto.pick({
  id: true,
  title: true,
  resolution: true,
  description: true,
  visibility: true,
  version: true,
});
export type DebateState = z.infer<typeof DebateState>;

/** Who holds which role; never an e-mail address, since every reader of the history sees it. */
export const MembershipState = z.object({
  userId: z.string().min(1),
  role: MemberRole,
  name: z.string().optional(),
  viaLink: Id.optional(),
});
export type MembershipState = z.infer<typeof MembershipState>;

/** A source's citation, and its text on a change that altered the text (kept out otherwise: it can be 2 MB). */
export const SourceState = SourceSummaryDto.extend({ text: z.string().optional() });
export type SourceState = z.infer<typeof SourceState>;

/** A share link; a revoke records only its role and how many joined through it. */
export const LinkState = ShareLinkDto.partial().extend({ role: GrantableRole });
export type LinkState = z.infer<typeof LinkState>;

/** A seminar event: what happened, in a few public words (no names, codes or feedback). */
export const SeminarState = z.object({ id: Id, title: z.string() });

/** A speech document: its name, version and items in order (the cards they name are nodes of their own). */
export const SpeechDocState = z.object({
  id: Id,
  name: z.string(),
  version: z.number().int(),
  items: z.array(SpeechDocItemDto),
});
export type SpeechDocState = z.infer<typeof SpeechDocState>;

const stateFor = {
  debate: DebateState,
  node: NodeDto,
  edge: EdgeDto,
  source: SourceState,
  membership: MembershipState,
  comment: CommentDto,
  link: LinkState,
  seminar: SeminarState,
  speechDoc: SpeechDocState,
} as const;

// ---------- the change: one entity, one action, its before and after ----------

/** Set on the changes a restore makes: the change the debate or argument was put back to. */
const RestoredTo = z.number().int().min(0).optional();
/** The side a create or delete lacks: null when read, and a writer may leave it out. */
const none = z.null().default(null);

function changesOf<E extends ChangeEntity, S extends z.ZodType>(entity: E, state: S) {
  const base = { entity: z.literal(entity), entityId: z.string().min(1), restoredTo: RestoredTo };
  return z.discriminatedUnion("action", [
    z.object({ ...base, action: z.literal("create"), before: none, after: state }),
    z.object({ ...base, action: z.literal("update"), before: state, after: state }),
    z.object({ ...base, action: z.literal("delete"), before: state, after: none }),
  ]);
}

/** A seminar event has no before: it reports a moment, not a row's state. */
function seminarChanges() {
  const base = { entity: z.literal("seminar"), entityId: z.string().min(1), restoredTo: RestoredTo, before: none };
  return z.discriminatedUnion("action", [
    z.object({ ...base, action: z.literal("create"), after: SeminarState }),
    z.object({ ...base, action: z.literal("update"), after: SeminarState }),
    z.object({ ...base, action: z.literal("delete"), after: SeminarState }),
  ]);
}

export const Change = z.discriminatedUnion("entity", [
  changesOf("debate", stateFor.debate),
  changesOf("node", stateFor.node),
  changesOf("edge", stateFor.edge),
  changesOf("source", stateFor.source),
  changesOf("membership", stateFor.membership),
  changesOf("comment", stateFor.comment),
  changesOf("link", stateFor.link),
  seminarChanges(),
  changesOf("speechDoc", stateFor.speechDoc),
]);
export type Change = z.infer<typeof Change>;
/** A change as a writer hands it over (a create may leave out its before, a delete its after). */
export type ChangeInput = z.input<typeof Change>;
/** The change of one entity kind, e.g. `ChangeOf<"node">`. */
export type ChangeOf<E extends ChangeEntity> = Extract<Change, { entity: E }>;

/**
 * A row this version cannot read (a shape written before the contract that no upgrade covers, or
 * a damaged one). History still lists it, with `label` (a title read off the row, if any) and no
 * details; a restore treats the state it hides as unknown, never as "did not exist".
 */
export const UnreadableChange = z.object({
  entity: z.string(),
  entityId: z.string(),
  action: ChangeAction,
  before: z.null(),
  after: z.null(),
  unreadable: z.literal(true),
  label: z.string().optional(),
  restoredTo: RestoredTo,
});
export type UnreadableChange = z.infer<typeof UnreadableChange>;
export type ReadChange = Change | UnreadableChange;

// ---------- rows: writing and reading ----------

/** The columns of a `Change` row that hold the change (the rest is seq, debate, actor, time). */
export type ChangeColumns = {
  entity: string;
  entityId: string;
  action: string;
  before: string | null;
  after: string | null;
  schemaVersion: number | null;
};

/**
 * Validate a change and turn it into its row's columns. Throws on a change that breaks the
 * contract: a writer bug must fail its transaction, not leave a row history cannot read.
 */
export function encodeChange(change: ChangeInput): ChangeColumns {
  return encodeBuiltChange(Change.parse(change));
}

/**
 * `encodeChange` without the check, for rows built in bulk from data the server validated moments
 * before (an import's creates: at 50,000 rows the per-row parse would add seconds). The type is
 * the check here, so the change must be complete: both sides spelt out.
 */
export function encodeBuiltChange(c: Change): ChangeColumns {
  const { restoredTo, before, after } = c;
  // restoredTo travels with the after (or the before, on a delete): the table has no column for it.
  const tag = <T extends object | null>(row: T) => (row && restoredTo !== undefined ? { ...row, restoredTo } : row);
  return {
    entity: c.entity,
    entityId: c.entityId,
    action: c.action,
    before: before === null ? null : JSON.stringify(c.action === "delete" ? tag(before) : before),
    after: after === null ? null : JSON.stringify(tag(after)),
    schemaVersion: CHANGE_SCHEMA_VERSION,
  };
}

const Json = z.string().transform((text, ctx) => {
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    ctx.addIssue({ code: "custom", message: "not JSON" });
    return z.NEVER;
  }
});
const Tagged = z.object({ restoredTo: z.number().int().min(0).optional(), title: z.string().optional() });

function json(text: string | null): unknown {
  if (text === null) return null;
  const r = Json.safeParse(text);
  return r.success ? r.data : undefined;
}

/**
 * Read a row back as a change, upgrading what older versions wrote, or as an `UnreadableChange`.
 * Never throws: one odd row must not take the whole history down.
 */
export function readChange(row: ChangeColumns): ReadChange {
  const action = ChangeAction.safeParse(row.action);
  const before = json(row.before);
  const after = json(row.after);
  const tags = Tagged.safeParse(row.action === "delete" ? before : after);
  const restoredTo = tags.success ? tags.data.restoredTo : undefined;
  const raw = {
    entity: row.entity,
    entityId: row.entityId,
    action: row.action,
    before,
    after,
    ...(restoredTo !== undefined ? { restoredTo } : {}),
  };
  const parsed = Change.safeParse((row.schemaVersion ?? 1) < CHANGE_SCHEMA_VERSION ? upgrade(raw) : raw);
  if (parsed.success && action.success) return parsed.data;
  const label = Tagged.safeParse(after ?? before);
  return {
    entity: row.entity,
    entityId: row.entityId,
    action: action.success ? action.data : "update",
    before: null,
    after: null,
    unreadable: true,
    ...(label.success && label.data.title ? { label: label.data.title } : {}),
    ...(restoredTo !== undefined ? { restoredTo } : {}),
  };
}

type Raw = { entity: string; entityId: string; action: string; before: unknown; after: unknown; restoredTo?: number };
const Obj = z.record(z.string(), z.unknown());

/**
 * Version 1 → 2. What rows written before the contract hold that the contract reads differently:
 * a missing side is stored as SQL NULL (now JSON null); a membership update's before held only the
 * role (the user is the after's); membership rows may hold an e-mail address, which parsing drops.
 * Shapes that cannot be upgraded (a debate restore's `{restoredTo, title}` with no before, a source
 * delete's `{id, title}`, a role change through a share link with no before, the seed's
 * `{seeded: true}`) stay unreadable: listed in history with their title, without details.
 */
function upgrade(raw: Raw): Raw {
  const out = { ...raw, before: raw.before ?? null, after: raw.after ?? null };
  if (raw.entity === "membership") {
    const b = Obj.safeParse(raw.before);
    const a = Obj.safeParse(raw.after);
    if (b.success && a.success && b.data.userId === undefined) out.before = { ...b.data, userId: a.data.userId };
  }
  return out;
}

// ---------- what readers see: history entries and live events ----------

const withoutText = (s: SourceState | null) => (s === null ? null : SourceSummaryDto.parse(s));

/** Drop what must not travel: a source's text (the reader fetches it when it needs it). */
export function forReaders(c: ReadChange): ReadChange {
  if (c.entity !== "source" || "unreadable" in c) return c;
  return Change.parse({ ...c, before: withoutText(c.before), after: withoutText(c.after) });
}

export const Actor = z.object({ id: z.string(), name: z.string() });

/** Who is in a debate, as one server tells the others (PostgreSQL NOTIFY): ids and names only. */
export const PresenceSignal = z.object({ debateId: z.string(), server: z.string(), people: z.array(Actor) });
export type PresenceSignal = z.infer<typeof PresenceSignal>;

/** Read a presence signal's JSON text; null for anything else. */
export function readPresenceSignal(text: string): PresenceSignal | null {
  const r = Json.pipe(PresenceSignal).safeParse(text);
  return r.success ? r.data : null;
}

/** One entry of a debate's timeline: when, who (id and display name only), what, in words. */
export const HistoryEntryDto = z.intersection(
  z.object({ seq: z.number().int(), at: z.string(), actor: Actor.nullable(), summary: z.string() }),
  z.union([Change, UnreadableChange]),
);
export type HistoryEntryDto = z.infer<typeof HistoryEntryDto>;

function eventsOf<E extends ChangeEntity, S extends z.ZodType>(entity: E, state: S) {
  const base = {
    v: z.literal(CHANGE_SCHEMA_VERSION),
    seq: z.number().int(),
    at: z.string(),
    actorId: z.string().nullable(),
    entity: z.literal(entity),
    entityId: z.string().min(1),
  };
  return z.discriminatedUnion("action", [
    z.object({ ...base, action: z.literal("create"), after: state }),
    z.object({ ...base, action: z.literal("update"), after: state }),
    z.object({ ...base, action: z.literal("delete"), after: z.null() }),
  ]);
}

/**
 * One change on a debate's live stream (`/api/debates/{id}/events`): the after of each change (a
 * delete has none), no before, no source text, no e-mail. `v` lets an open tab notice a newer server.
 */
export const LiveEvent = z.discriminatedUnion("entity", [
  eventsOf("debate", DebateState),
  eventsOf("node", NodeDto),
  eventsOf("edge", EdgeDto),
  eventsOf("source", SourceSummaryDto),
  eventsOf("membership", MembershipState),
  eventsOf("comment", CommentDto),
  eventsOf("link", LinkState),
  eventsOf("seminar", SeminarState),
  eventsOf("speechDoc", SpeechDocState),
]);
export type LiveEvent = z.infer<typeof LiveEvent>;

/** The live event of a change (null for a row that cannot be read: the stream skips it). */
export function toLiveEvent(c: ReadChange, at: { seq: number; at: string; actorId: string | null }): LiveEvent | null {
  if ("unreadable" in c) return null;
  const r = forReaders(c);
  const parsed = LiveEvent.safeParse({
    v: CHANGE_SCHEMA_VERSION,
    ...at,
    entity: r.entity,
    entityId: r.entityId,
    action: r.action,
    after: r.action === "delete" ? null : r.after,
  });
  return parsed.success ? parsed.data : null;
}
