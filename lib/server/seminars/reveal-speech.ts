import "server-only";
import { stepReveal } from "@/lib/domain/seminar";
import type { RevealInput } from "@/lib/domain/seminar-schemas";
import { SPEECHES, type Speech } from "@/lib/domain/vocabulary";
import type { SessionUser } from "../auth-guard";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { withTx } from "../tx";
import { asInstructor, bumpSeminar, recordSeminarChange, requireOpen } from "./seminar-access";

/** The speeches a debate's own arguments use (students' contributions do not add steps). */
export async function presentSpeeches(tx: Tx, debateId: string): Promise<Speech[]> {
  const rows = await tx.argNode.findMany({
    where: { debateId, speech: { not: null }, seminarContributions: { none: {} } },
    distinct: ["speech"],
    select: { speech: true },
  });
  const used = new Set(rows.map((r) => r.speech));
  return SPEECHES.filter((s) => used.has(s));
}

/** Present the debate speech by speech: Next / Previous, or straight to one speech. */
export async function revealSpeech({
  input,
  seminarId,
  user: caller,
}: {
  user: SessionUser | null;
  seminarId: string;
  input: RevealInput;
}) {
  return withTx(async (tx) => {
    const { seminar, user } = await asInstructor(tx, seminarId, caller);
    requireOpen(seminar);
    let index: number;
    if (input.step) {
      const next = stepReveal(seminar.revealed, await presentSpeeches(tx, seminar.debateId), input.step);
      if (next === null)
        throw new AppError(
          "conflict",
          input.step === "next" ? "every speech is already revealed" : "no speech is revealed yet",
        );
      index = next;
    } else {
      index = input.speech ? SPEECHES.indexOf(input.speech) : -1;
    }
    await bumpSeminar(tx, seminar, input.version, { revealed: index });
    await recordSeminarChange(tx, seminar, user.id, index < 0 ? "hid every speech" : `revealed ${SPEECHES[index]}`);
    return { version: seminar.version + 1, revealedIndex: index, live: index < 0 ? null : SPEECHES[index]! };
  });
}
