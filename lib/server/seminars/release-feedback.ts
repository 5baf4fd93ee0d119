import "server-only";
import type { SessionUser } from "../auth-guard";
import { AppError, notFound } from "../errors";
import { withTx } from "../tx";
import { asInstructor, recordSeminarChange } from "./seminar-access";

const HAS_FEEDBACK = { OR: [{ verdict: { not: null } }, { score: { not: null } }, { feedback: { not: "" } }] };

/** Show students their feedback: one contribution's, or every feedback written so far. */
export async function releaseFeedback({
  contributionId,
  seminarId,
  user: caller,
}: {
  user: SessionUser | null;
  seminarId: string;
  contributionId?: string;
}): Promise<{ released: number }> {
  return withTx(async (tx) => {
    const { seminar, user } = await asInstructor(tx, seminarId, caller);
    if (contributionId) {
      const contribution = await tx.seminarContribution.findUnique({ where: { id: contributionId } });
      if (!contribution || contribution.seminarId !== seminar.id) throw notFound("contribution");
      if (contribution.verdict === null && contribution.score === null && !contribution.feedback)
        throw new AppError("validation_failed", "write some feedback before releasing it");
    }
    const res = await tx.seminarContribution.updateMany({
      where: {
        seminarId: seminar.id,
        releasedAt: null,
        ...(contributionId ? { id: contributionId } : {}),
        ...HAS_FEEDBACK,
      },
      data: { releasedAt: new Date(), version: { increment: 1 } },
    });
    if (res.count)
      await recordSeminarChange(
        tx,
        seminar,
        user.id,
        res.count === 1 ? "released feedback" : `released ${res.count} feedbacks`,
      );
    return { released: res.count };
  });
}
