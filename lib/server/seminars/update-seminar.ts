import "server-only";
import type { UpdateSeminarInput } from "@/lib/domain/seminar-schemas";
import type { SessionUser } from "../auth-guard";
import { withTx } from "../tx";
import { asInstructor, bumpSeminar, recordSeminarChange, requireOpen } from "./seminar-access";

/** Let guests in (or not) and make students anonymous to each other (or not), mid-seminar too. */
export async function updateSeminar({
  input,
  seminarId,
  user: caller,
}: {
  user: SessionUser | null;
  seminarId: string;
  input: UpdateSeminarInput;
}) {
  return withTx(async (tx) => {
    const { seminar, user } = await asInstructor(tx, seminarId, caller);
    requireOpen(seminar);
    const { version, ...data } = input;
    await bumpSeminar(tx, seminar, version, data);
    await recordSeminarChange(tx, seminar, user.id, "changed its settings");
    return { version: seminar.version + 1 };
  });
}
