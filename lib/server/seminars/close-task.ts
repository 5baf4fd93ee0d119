import "server-only";
import type { SessionUser } from "../auth-guard";
import { AppError, notFound } from "../errors";
import { withTx } from "../tx";
import { asInstructor, bumpSeminar, recordSeminarChange } from "./seminar-access";
import { toTaskDto } from "./seminar-dto";

/** Close the floor: from now on students' writes are refused until the next task. */
export async function closeTask({
  seminarId,
  taskId,
  user: caller,
  version,
}: {
  user: SessionUser | null;
  seminarId: string;
  taskId: string;
  version: number;
}) {
  return withTx(async (tx) => {
    const { seminar, user } = await asInstructor(tx, seminarId, caller);
    const task = await tx.seminarTask.findUnique({ where: { id: taskId } });
    if (!task || task.seminarId !== seminar.id) throw notFound("task");
    if (task.closedAt) throw new AppError("conflict", "this task is already closed");
    await bumpSeminar(tx, seminar, version);
    const closed = await tx.seminarTask.update({ where: { id: task.id }, data: { closedAt: new Date() } });
    await recordSeminarChange(tx, seminar, user.id, "closed the floor");
    return toTaskDto(closed);
  });
}
