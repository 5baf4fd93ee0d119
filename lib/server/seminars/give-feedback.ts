import "server-only";
import type { FeedbackInput } from "@/lib/domain/seminar-schemas";
import type { SessionUser } from "../auth-guard";
import { AppError, notFound } from "../errors";
import { withTx } from "../tx";
import { asInstructor, recordSeminarChange } from "./seminar-access";

/**
 * Mark a contribution: a verdict, a comment and an optional score. Private to instructors until
 * released; editing released feedback keeps it released. Allowed after the seminar ends too.
 */
export async function giveFeedback({
  contributionId,
  input,
  seminarId,
  user: caller,
}: {
  user: SessionUser | null;
  seminarId: string;
  contributionId: string;
  input: FeedbackInput;
}) {
  return withTx(async (tx) => {
    const { seminar, user } = await asInstructor(tx, seminarId, caller);
    const contribution = await tx.seminarContribution.findUnique({ where: { id: contributionId } });
    if (!contribution || contribution.seminarId !== seminar.id) throw notFound("contribution");
    const { version, verdict, comment, score } = input;
    const res = await tx.seminarContribution.updateMany({
      where: { id: contribution.id, version },
      data: { verdict, feedback: comment, score, version: { increment: 1 } },
    });
    if (res.count === 0)
      throw new AppError("conflict", "someone else marked this contribution meanwhile; reload to see their feedback", {
        current: { version: contribution.version },
      });
    await recordSeminarChange(tx, seminar, user.id, "gave feedback");
    return {
      id: contribution.id,
      version: contribution.version + 1,
      feedback: { verdict, comment, score, released: contribution.releasedAt !== null },
    };
  });
}
