import "server-only";
import { studentLabel, type Verdict } from "@/lib/domain/seminar";
import { ContributionDto, ParticipantDto, TaskDto } from "@/lib/domain/seminar-schemas";
import type { SeminarContribution, SeminarParticipant, SeminarTask } from "@/generated/prisma/client";

export type Seat = SeminarParticipant & { user: { name: string } };

/** Whose eyes a response is for: instructors see names and all feedback; students do not. */
export type Viewer = { role: "instructor" | "student"; participantId: string | null; anonymous: boolean };

export function toTaskDto(t: SeminarTask): TaskDto {
  return TaskDto.parse({
    id: t.id,
    prompt: t.prompt,
    targetNodeId: t.targetNodeId,
    open: t.closedAt === null,
    openedAt: t.openedAt.toISOString(),
    closedAt: t.closedAt?.toISOString() ?? null,
  });
}

/**
 * A student as the viewer may know them. The single place anonymity is applied: another student
 * of an anonymous seminar is only ever "Student N" (no name, no user or participant id).
 */
export function authorFor(seat: Seat, v: Viewer) {
  const mine = seat.id === v.participantId;
  if (v.role === "instructor") {
    return {
      label: seat.user.name,
      mine,
      participantId: seat.id,
      name: seat.user.name,
      ...(v.anonymous ? { shownAs: studentLabel(seat.number) } : {}),
    };
  }
  if (mine) return { label: "You", mine };
  return { label: v.anonymous ? studentLabel(seat.number) : seat.user.name, mine };
}

export function toParticipantDto(seat: Seat, v: Viewer): ParticipantDto {
  const a = authorFor(seat, v);
  return ParticipantDto.parse(
    v.role === "instructor" ? { ...a, mine: false, id: seat.id, guest: seat.guest } : { label: a.label, mine: a.mine },
  );
}

/** A contribution as the viewer may see it; a student sees feedback only on their own, once released. */
export function toContributionDto(c: SeminarContribution, seat: Seat, v: Viewer): ContributionDto {
  const by = authorFor(seat, v);
  const showFeedback = v.role === "instructor" || (by.mine && c.releasedAt !== null);
  return ContributionDto.parse({
    id: c.id,
    taskId: c.taskId,
    kind: c.kind,
    nodeId: c.nodeId,
    commentId: c.commentId,
    targetNodeId: c.targetNodeId,
    targetTitle: c.targetTitle,
    title: c.title,
    body: c.body,
    createdAt: c.createdAt.toISOString(),
    version: c.version,
    by,
    feedback: showFeedback
      ? { verdict: c.verdict as Verdict | null, comment: c.feedback, score: c.score, released: c.releasedAt !== null }
      : null,
  });
}
