import "server-only";
import { normalizeCode, studentLabel } from "@/lib/domain/seminar";
import type { JoinSeminarInput } from "@/lib/domain/seminar-schemas";
import { roleAtLeast } from "@/lib/domain/vocabulary";
import { roleIn } from "../access";
import type { SessionUser } from "../auth-guard";
import type { Tx } from "../db";
import { clientAddress } from "../client-address";
import { AppError } from "../errors";
import { withRead, withTx } from "../tx";
import { createGuest, isGuest } from "./guest-account";
import { checkJoinLimit, countWrongCode } from "./join-limit";
import { recordSeminarChange } from "./seminar-access";

export type JoinResult = {
  seminarId: string;
  role: "instructor" | "student";
  /** what classmates see: a name, or "Student 3" in an anonymous seminar */
  label: string;
  /** a new guest's session, for the route to set as Better Auth's session cookie */
  guestSession?: { token: string; expiresAt: Date };
};

/**
 * Whose wrong codes count together: the client's address when a trusted proxy vouches for it,
 * else a signed-in account's own (not a guest's: a guest is minted per join, so keying by it would
 * let one client mint a fresh bucket per guess). Null when the client cannot be told apart: then
 * only the code-space ceiling applies, which sheds load and never locks anyone out.
 */
export function joinClientKey(req: Request, user: SessionUser | null): string | null {
  const address = clientAddress(req.headers);
  if (address) return `ip:${address}`;
  if (user && !isGuest(user)) return `user:${user.id}`;
  return null;
}

/** The user's seat in the seminar, numbered in joining order; a second join keeps the first seat. */
async function takeSeat(tx: Tx, s: { id: string; debateId: string }, userId: string, guest: boolean) {
  const seat = await tx.seminarParticipant.findUnique({ where: { seminarId_userId: { seminarId: s.id, userId } } });
  if (seat) return seat;
  // The change row comes first: it takes the debate's row lock, so two joins never pick one number.
  await recordSeminarChange(tx, s, userId, "a student joined");
  const last = await tx.seminarParticipant.aggregate({ where: { seminarId: s.id }, _max: { number: true } });
  return tx.seminarParticipant.create({
    data: { seminarId: s.id, userId, guest, number: (last._max.number ?? 0) + 1 },
  });
}

/**
 * Join a seminar by its code: with one's account, or (when the instructor allows guests) with
 * just a display name, which creates a guest account and session. Wrong codes are rate-limited
 * per client; an ended seminar's code is refused.
 */
export async function joinSeminar({
  client,
  input,
  user: caller,
  userAgent,
}: {
  user: SessionUser | null;
  input: JoinSeminarInput;
  client: string | null;
  userAgent?: string;
}): Promise<JoinResult> {
  const code = normalizeCode(input.code);
  const found = await withRead(async (db) => {
    await checkJoinLimit(client);
    return code ? db.seminar.findUnique({ where: { code } }) : null;
  });
  if (!found || found.status !== "open") {
    await countWrongCode(client);
    if (!found)
      throw new AppError(
        "not_found",
        "no seminar has that code: check it with your instructor (codes look like K7QH2-MXB3C)",
      );
    throw new AppError("forbidden", "that seminar has ended: its code no longer works");
  }
  if (caller && isGuest(caller) && !found.allowGuests)
    throw new AppError("forbidden", "this seminar is for signed-in accounts: sign up or sign in to join it");
  if (!caller && !found.allowGuests)
    throw new AppError("unauthorized", "sign in to join this seminar (the instructor has not allowed guests)");
  if (!caller && !input.name)
    throw new AppError("validation_failed", "enter your name to join as a guest", {
      fieldErrors: { name: ["enter the name your class knows you by"] },
    });
  for (let attempt = 0; ; attempt++) {
    try {
      return await withTx(async (tx) => {
        const seminar = await tx.seminar.findUniqueOrThrow({ where: { id: found.id } });
        if (seminar.status !== "open")
          throw new AppError("forbidden", "that seminar has ended: its code no longer works");
        const debate = await tx.debate.findUniqueOrThrow({ where: { id: seminar.debateId } });
        if (caller && roleAtLeast(await roleIn(tx, debate, caller), "editor"))
          return { seminarId: seminar.id, role: "instructor" as const, label: caller.name };
        const guest = caller ? null : await createGuest(tx, input.name!, userAgent ?? "");
        const user = caller ?? guest!.user;
        const seat = await takeSeat(tx, seminar, user.id, !!guest || isGuest(user));
        const label = seminar.anonymous ? studentLabel(seat.number) : user.name;
        return {
          seminarId: seminar.id,
          role: "student" as const,
          label,
          ...(guest ? { guestSession: { token: guest.token, expiresAt: guest.expiresAt } } : {}),
        };
      });
    } catch (err) {
      // Two joins raced for one seat number (or one person double-clicked): try again.
      if ((err as { code?: string })?.code === "P2002" && attempt < 4) continue;
      throw err;
    }
  }
}
