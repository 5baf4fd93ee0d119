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
  why: z.string(),
});

const ItemDto = z.object({ id: z.string(), title: z.string(), why: z.string() });
const SideSummaryDto = z.object({
  standing: z.array(ItemDto),
  refuted: z.array(ItemDto),
  contested: z.array(ItemDto),
  droppedByOpponent: z.array(ItemDto),
});
export const BallotDto = z.object({ aff: SideSummaryDto, neg: SideSummaryDto, decision: z.string() });

/** What `GET /api/debates/{id}/evaluation` answers: every node's evaluation and the ballot. */
export const EvaluationDto = z.object({ nodes: z.array(NodeEvaluationDto), ballot: BallotDto });
export type EvaluationDto = z.infer<typeof EvaluationDto>;

