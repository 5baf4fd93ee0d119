import "server-only";
import { roleAtLeast } from "@/lib/domain/vocabulary";
import type { Debate, Seminar, SeminarParticipant } from "@/generated/prisma/client";
import { roleIn } from "../access";
import type { SessionUser } from "../auth-guard";
import { recordChange, type ChangeAction } from "../change-log";
import type { Tx } from "../db";
import { AppError, notFound } from "../errors";

export type SeminarAccess = {
  user: SessionUser;
  seminar: Seminar;
  debate: Debate;
  /** instructors are the debate's owners and editors; students are those who joined */
  role: "instructor" | "student";
  participant: SeminarParticipant | null;
};

/**
 * Who the caller is in a seminar. This is its authorization boundary: every seminar use case
 * starts here. A student's rights come from their seat, never from a role on the debate.
 */
export async function accessSeminar(tx: Tx, seminarId: string, user: SessionUser | null): Promise<SeminarAccess> {
  if (!user) throw new AppError("unauthorized", "join the seminar with its code first");
  const seminar = await tx.seminar.findUnique({ where: { id: seminarId } });
  if (!seminar) throw notFound("seminar");
  const debate = await tx.debate.findUniqueOrThrow({ where: { id: seminar.debateId } });
  if (roleAtLeast(await roleIn(tx, debate, user), "editor"))
    return { user, seminar, debate, role: "instructor", participant: null };
  const participant = await tx.seminarParticipant.findUnique({
    where: { seminarId_userId: { seminarId, userId: user.id } },
  });
  if (!participant) throw new AppError("forbidden", "join this seminar with its code first");
  return { user, seminar, debate, role: "student", participant };
}

/** The caller must run the seminar (an owner or editor of its debate). */
export async function asInstructor(tx: Tx, seminarId: string, user: SessionUser | null): Promise<SeminarAccess> {
  const access = await accessSeminar(tx, seminarId, user);
  if (access.role !== "instructor") throw new AppError("forbidden", "only the seminar's instructor can do this");
  return access;
}

export function requireOpen(s: Seminar): void {
  if (s.status !== "open") throw new AppError("forbidden", "this seminar has ended");
}

/**
 * Change the seminar row if the caller saw its current version (409 otherwise): two instructor
 * tabs pressing Next at once advance one speech, not two.
 */
export async function bumpSeminar(
  tx: Tx,
  s: Seminar,
  version: number,
  data: Partial<Pick<Seminar, "revealed" | "status" | "endedAt" | "allowGuests" | "anonymous">> = {},
): Promise<void> {
  const res = await tx.seminar.updateMany({
    where: { id: s.id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (res.count === 0)
    throw new AppError("conflict", "the seminar changed since you loaded it; here is where it is now", {
      current: { version: s.version, revealed: s.revealed, status: s.status },
    });
}

/**
 * A seminar event in the debate's change log: it feeds the live streams (debate and seminar).
 * It says what happened in a few words and nothing private: no join code, names or feedback,
 * since everyone who may read the debate's history or stream sees it.
 */
export async function recordSeminarChange(
  tx: Tx,
  s: Pick<Seminar, "id" | "debateId">,
  actorId: string | null,
  what: string,
  action: ChangeAction = "update",
): Promise<void> {
  await recordChange(tx, {
    debateId: s.debateId,
    actorId,
    entity: "seminar",
    entityId: s.id,
    action,
    after: { id: s.id, title: what },
  });
}

/** The task the floor is open for, if any. */
export async function openTaskOf(tx: Tx, seminarId: string) {
  return tx.seminarTask.findFirst({ where: { seminarId, closedAt: null }, orderBy: { openedAt: "desc" } });
}

export const FLOOR_CLOSED =
  "the floor is closed: you can add arguments and comments only while your instructor has a task open";
