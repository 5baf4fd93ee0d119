import { z } from "zod";
import { EdgeDto, Id, NodeDto, SourceSummaryDto } from "./schemas";
import { VERDICTS } from "./seminar";
import { NodeKind, Relation, Speech } from "./vocabulary-schemas";

const Version = z.number().int();
export const Verdict = z.enum(VERDICTS);

// ---------- inputs ----------

export const StartSeminarInput = z.object({
  debateId: Id,
  allowGuests: z.boolean().default(false),
  anonymous: z.boolean().default(false),
});
export type StartSeminarInput = z.infer<typeof StartSeminarInput>;

export const ListSeminarsQuery = z.object({ debateId: Id });

export const JoinSeminarInput = z.object({
  code: z.string().trim().min(1, "enter the code your instructor shows").max(20),
  /** a guest's display name (ignored when signed in) */
  name: z.string().trim().min(1, "enter the name your class knows you by").max(40).optional(),
});
export type JoinSeminarInput = z.infer<typeof JoinSeminarInput>;

export const UpdateSeminarInput = z.object({
  version: Version,
  allowGuests: z.boolean().optional(),
  anonymous: z.boolean().optional(),
});
export type UpdateSeminarInput = z.infer<typeof UpdateSeminarInput>;

/** Step through the speeches, or jump to one (null hides them all). */
export const RevealInput = z
  .object({ version: Version, step: z.enum(["next", "previous"]).optional(), speech: Speech.nullable().optional() })
  .refine((r) => (r.step === undefined) !== (r.speech === undefined), { message: "give either step or speech" });
export type RevealInput = z.infer<typeof RevealInput>;

export const OpenTaskInput = z.object({
  version: Version,
  prompt: z.string().trim().min(1, "say what the students should do").max(1_000),
  targetNodeId: Id.nullable().default(null),
});
export type OpenTaskInput = z.infer<typeof OpenTaskInput>;

export const VersionInput = z.object({ version: Version });

export const CardInput = z.object({
  sourceId: Id,
  quote: z.string().min(1, "paste or select the words you quote").max(5_000),
  /** where the quote starts in the source, when the student selected it there */
  start: z.number().int().min(0).optional(),
});

export const ContributionInput = z.discriminatedUnion("type", [
  z
    .object({
      type: z.literal("argument"),
      kind: NodeKind,
      title: z.string().trim().min(1, "write your argument").max(500),
      body: z.string().max(5_000).default(""),
      targetId: Id.nullable().default(null),
      relation: Relation.optional(),
      card: CardInput.optional(),
    })
    .refine((c) => (c.kind === "evidence") === (c.card !== undefined), {
      message: "a card needs its quoted source, and only a card has one",
      path: ["card"],
    }),
  z.object({ type: z.literal("comment"), nodeId: Id, body: z.string().trim().min(1, "write your comment").max(5_000) }),
]);
export type ContributionInput = z.infer<typeof ContributionInput>;

export const UpdateContributionInput = z.object({
  version: Version,
  title: z.string().trim().min(1).max(500).optional(),
  body: z.string().max(5_000).optional(),
});
export type UpdateContributionInput = z.infer<typeof UpdateContributionInput>;

export const FeedbackInput = z.object({
  version: Version,
  verdict: Verdict.nullable(),
  comment: z.string().trim().max(5_000).default(""),
  score: z.number().int().min(0).max(10).nullable().default(null),
});
export type FeedbackInput = z.infer<typeof FeedbackInput>;

/** Release one contribution's feedback, or (without an id) every feedback written so far. */
export const ReleaseInput = z.object({ contributionId: Id.optional() });

export const ExportQuery = z.object({ format: z.enum(["csv", "md"]).default("csv") });

// ---------- responses ----------

export const TaskDto = z.object({
  id: z.string(),
  prompt: z.string(),
  targetNodeId: z.string().nullable(),
  open: z.boolean(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
});
export type TaskDto = z.infer<typeof TaskDto>;

export const FeedbackDto = z.object({
  verdict: Verdict.nullable(),
  comment: z.string(),
  score: z.number().int().nullable(),
  released: z.boolean(),
});
export type FeedbackDto = z.infer<typeof FeedbackDto>;

/** Who made a contribution, as the viewer may know them: a name, or "Student 3" / "You". */
export const AuthorDto = z.object({
  label: z.string(),
  mine: z.boolean(),
  /** instructors only */
  participantId: z.string().optional(),
  name: z.string().optional(),
  /** instructors only, in an anonymous seminar: how classmates see this student */
  shownAs: z.string().optional(),
});

export const ContributionDto = z.object({
  id: z.string(),
  taskId: z.string(),
  kind: z.enum(["argument", "comment"]),
  nodeId: z.string().nullable(),
  commentId: z.string().nullable(),
  targetNodeId: z.string().nullable(),
  targetTitle: z.string(),
  title: z.string(),
  body: z.string(),
  createdAt: z.string(),
  version: z.number().int(),
  by: AuthorDto,
  /** instructors: always; students: only on their own contributions, once released */
  feedback: FeedbackDto.nullable(),
});
export type ContributionDto = z.infer<typeof ContributionDto>;

export const ParticipantDto = z.object({
  label: z.string(),
  mine: z.boolean(),
  // instructors only
  id: z.string().optional(),
  name: z.string().optional(),
  guest: z.boolean().optional(),
  shownAs: z.string().optional(),
});
export type ParticipantDto = z.infer<typeof ParticipantDto>;

export const SeminarDto = z.object({
  id: z.string(),
  debateId: z.string(),
  debateTitle: z.string(),
  resolution: z.string(),
  code: z.string(),
  status: z.enum(["open", "ended"]),
  allowGuests: z.boolean(),
  anonymous: z.boolean(),
  version: z.number().int(),
  revealedIndex: z.number().int(),
  live: Speech.nullable(),
  /** the speeches the debate uses, in order: what Next / Previous step through */
  speeches: z.array(Speech),
  /** the debate holds a judge's decision: the reveal's last step, after every speech */
  decision: z.boolean(),
  role: z.enum(["instructor", "student"]),
  me: z.object({ label: z.string(), name: z.string() }),
  instructorName: z.string(),
  task: TaskDto.nullable(),
  tasks: z.array(TaskDto),
  participants: z.array(ParticipantDto),
  contributions: z.array(ContributionDto),
  /** instructors: the whole debate; students: only what is revealed, plus the seminar's contributions */
  graph: z.object({
    seq: z.number().int(),
    nodes: z.array(NodeDto),
    edges: z.array(EdgeDto),
    sources: z.array(SourceSummaryDto),
  }),
  /** instructors only: the arguments students see now (to present the map as they see it) */
  shownToStudents: z.array(z.string()).optional(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
});
export type SeminarDto = z.infer<typeof SeminarDto>;
