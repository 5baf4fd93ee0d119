// The evaluation and the ballot as zod schemas, for the API route and its OpenAPI document. Kept
// apart from evaluation.ts and ballot.ts, which the browser runs and which need no zod.
import { z } from "zod";
import { STATUSES } from "./evaluation";
import { Speech } from "./vocabulary-schemas";

export const NodeEvaluationDto = z.object({
  id: z.string(),
  status: z.enum(STATUSES),
  dropped: z.boolean(),
  droppedIn: Speech.optional(),
  byBlock: z.boolean().optional(),
  live: z.enum(["not-extended", "new"]).optional(),
  turn: z.enum(["real", "fake"]).optional(),
  argument: z.string().optional(),
  concession: z.boolean().optional(),
  why: z.string(),
});

const ItemDto = z.object({ id: z.string(), title: z.string(), why: z.string() });
const SideSummaryDto = z.object({
  offence: z.array(ItemDto),
  standing: z.array(ItemDto),
  mitigated: z.array(ItemDto),
  unsupported: z.array(ItemDto),
  refuted: z.array(ItemDto),
  contested: z.array(ItemDto),
  notExtended: z.array(ItemDto),
  fakeTurns: z.array(ItemDto),
  weighing: z.array(ItemDto),
  droppedByOpponent: z.array(ItemDto),
});
/** The explained decision: `winner` is null when the flow cannot decide; `decision` is the reason for decision. */
export const BallotDto = z.object({
  aff: SideSummaryDto,
  neg: SideSummaryDto,
  winner: z.enum(["aff", "neg"]).nullable(),
  decision: z.string(),
});

/** What `GET /api/debates/{id}/evaluation` answers: every node's evaluation and the ballot. */
export const EvaluationDto = z.object({ nodes: z.array(NodeEvaluationDto), ballot: BallotDto });
export type EvaluationDto = z.infer<typeof EvaluationDto>;
