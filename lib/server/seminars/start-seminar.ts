import "server-only";
import { randomBytes } from "node:crypto";
import { generateCode } from "@/lib/domain/seminar";
import type { StartSeminarInput } from "@/lib/domain/seminar-schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { AppError } from "../errors";
import { withTx } from "../tx";
import { requireFullAccount } from "./guest-account";
import { recordSeminarChange } from "./seminar-access";

/** Start a seminar on a debate (its owners and editors): a fresh join code, nothing revealed yet. */
export async function startSeminar({
  input,
  user: caller,
}: {
  user: SessionUser | null;
  input: StartSeminarInput;
}): Promise<{ id: string; code: string }> {
  if (caller) requireFullAccount(caller);
  return withTx(async (tx) => {
    const { user } = await authorizeDebate(tx, input.debateId, caller, "editor");
    // Codes are never reused, so an ended seminar's code can only ever mean "ended".
    let code = generateCode(randomBytes);
    for (let i = 0; await tx.seminar.findUnique({ where: { code }, select: { id: true } }); i++) {
      if (i > 10) throw new AppError("internal", "could not find a free join code");
      code = generateCode(randomBytes);
    }
    const seminar = await tx.seminar.create({
      data: {
        debateId: input.debateId,
        instructorId: user.id,
        code,
        allowGuests: input.allowGuests,
        anonymous: input.anonymous,
      },
    });
    await recordSeminarChange(tx, seminar, user.id, "started", "create");
    return { id: seminar.id, code: seminar.code };
  });
}
