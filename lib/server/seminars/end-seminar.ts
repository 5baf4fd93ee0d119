import "server-only";
import type { SessionUser } from "../auth-guard";
import { withTx } from "../tx";
import { asInstructor, bumpSeminar, recordSeminarChange, requireOpen } from "./seminar-access";

/** End the seminar: the floor closes and the code stops working. Feedback and export go on. */
export async function endSeminar({
  seminarId,
  user: caller,
  version,
}: {
  user: SessionUser | null;
  seminarId: string;
  version: number;
}) {
  return withTx(async (tx) => {
    const { seminar, user } = await asInstructor(tx, seminarId, caller);
    requireOpen(seminar);
    const now = new Date();
    await bumpSeminar(tx, seminar, version, { status: "ended", endedAt: now });
    await tx.seminarTask.updateMany({ where: { seminarId: seminar.id, closedAt: null }, data: { closedAt: now } });
    await recordSeminarChange(tx, seminar, user.id, "ended");
    return { version: seminar.version + 1, status: "ended" as const, endedAt: now.toISOString() };
  });
}
