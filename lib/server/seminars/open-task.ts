import "server-only";
import type { OpenTaskInput } from "@/lib/domain/seminar-schemas";
import type { SessionUser } from "../auth-guard";
import { AppError } from "../errors";
import { withTx } from "../tx";
import { asInstructor, bumpSeminar, recordSeminarChange, requireOpen } from "./seminar-access";
import { toTaskDto } from "./seminar-dto";

/** Open the floor for a task (closing the one before, if any): students may now contribute. */
export async function openTask({
  input,
  seminarId,
  user: caller,
}: {
  user: SessionUser | null;
  seminarId: string;
  input: OpenTaskInput;
}) {
  return withTx(async (tx) => {
    const { seminar, user } = await asInstructor(tx, seminarId, caller);
    requireOpen(seminar);
    if (input.targetNodeId) {
      const node = await tx.argNode.findUnique({ where: { id: input.targetNodeId }, select: { debateId: true } });
      if (node?.debateId !== seminar.debateId)
        throw new AppError("validation_failed", "that argument is not in this debate", {
          fieldErrors: { targetNodeId: ["not in this debate"] },
        });
    }
    await bumpSeminar(tx, seminar, input.version);
    const now = new Date();
    await tx.seminarTask.updateMany({ where: { seminarId: seminar.id, closedAt: null }, data: { closedAt: now } });
    const task = await tx.seminarTask.create({
      data: { seminarId: seminar.id, prompt: input.prompt, targetNodeId: input.targetNodeId, openedAt: now },
    });
    await recordSeminarChange(tx, seminar, user.id, "opened the floor for a task");
    return toTaskDto(task);
  });
}
