// Speech documents on the wire: names, items, and the inputs of their routes.
import { z } from "zod";
import { Id, NodeDto } from "./schemas";
import { SPEECHES, type Speech } from "./vocabulary";

/**
 * A speech's name: one of the standard speeches ("1AC" … "2AR") or a name the debater gives
 * ("2NC Politics"). Letters, digits, spaces and a little punctuation: it is also a URL segment.
 */
export const SpeechName = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._'&()-]*$/u, "a speech name uses letters, digits, spaces and . _ ' & ( ) -");

/** The round's speech a document's name is for ("2NR Politics" → 2NR), or null for a name of its own. */
export function speechOfDocName(name: string): Speech | null {
  return SPEECHES.find((s) => name === s || name.startsWith(`${s} `)) ?? null;
}

export const SpeechDocItemDto = z.object({
  id: Id,
  position: z.number().int(),
  /** the card or argument read here; null for an analytic typed into the document */
  nodeId: Id.nullable(),
  text: z.string(),
  /** where reading stopped: an offset into the card's quote */
  markedAt: z.number().int().nullable(),
});
export type SpeechDocItemDto = z.infer<typeof SpeechDocItemDto>;

export const SpeechDocDto = z.object({
  debateId: Id,
  name: z.string(),
  version: z.number().int(),
  items: z.array(SpeechDocItemDto),
  /** the debate's nodes the items refer to, so a page or export needs no second request */
  nodes: z.array(NodeDto),
  /** the debate's change-log position this read includes: the page's live updates resume after it */
  seq: z.number().int().optional(),
});
export type SpeechDocDto = z.infer<typeof SpeechDocDto>;

export const SpeechDocSummaryDto = z.object({
  name: z.string(),
  items: z.number().int(),
  updatedAt: z.string(),
});
export type SpeechDocSummaryDto = z.infer<typeof SpeechDocSummaryDto>;

const AnalyticText = z.string().trim().min(1).max(5_000);

/**
 * Send cards (or arguments) to the end of a speech document, or a whole group (a block: all its
 * cards and analytics in file order), or the block a node sits in; or type an analytic into it.
 */
export const AddSpeechItemsInput = z
  .object({
    nodeIds: z.array(Id).min(1).max(500).optional(),
    /** a group and every group under it */
    groupId: Id.optional(),
    /** the block holding this node (its nearest block group, or its own group when none) */
    blockOf: Id.optional(),
    text: AnalyticText.optional(),
    /** put the new items after this item (default: at the end) */
    after: Id.optional(),
  })
  .refine((v) => [v.nodeIds, v.groupId, v.blockOf, v.text].filter((x) => x !== undefined).length === 1, {
    message: "send one of nodeIds, groupId, blockOf or an analytic's text",
    path: ["nodeIds"],
  });
export type AddSpeechItemsInput = z.infer<typeof AddSpeechItemsInput>;

/** Edit an analytic's text, or mark where reading stopped in a card (null clears the mark). */
export const UpdateSpeechItemInput = z
  .object({
    text: AnalyticText.optional(),
    markedAt: z.number().int().min(0).max(20_000).nullable().optional(),
  })
  .refine((v) => v.text !== undefined || v.markedAt !== undefined, { message: "nothing to change" });
export type UpdateSpeechItemInput = z.infer<typeof UpdateSpeechItemInput>;

/** The document's items in their new order (every item once), against the version it was read at. */
export const ReorderSpeechDocInput = z.object({
  version: z.number().int().min(1),
  itemIds: z.array(Id).max(2_000),
});
export type ReorderSpeechDocInput = z.infer<typeof ReorderSpeechDocInput>;

export const SPEECH_EXPORT_FORMATS = ["markdown", "docx"] as const;
export const SpeechExportQuery = z.object({
  format: z.enum(SPEECH_EXPORT_FORMATS).default("markdown"),
  /** caselist body: first and last words ("excerpt") or the whole card ("full") */
  body: z.enum(["excerpt", "full"]).default("excerpt"),
});
