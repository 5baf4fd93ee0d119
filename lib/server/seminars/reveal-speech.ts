import "server-only";
import { DECISION_STEP, liveSpeech, stepReveal } from "@/lib/domain/seminar";
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

/** Whether the debate holds a judge's decision of its own: the reveal's step after the last speech. */
export async function hasDecision(tx: Tx, debateId: string): Promise<boolean> {
  const row = await tx.argNode.findFirst({
    where: { debateId, role: "decision", seminarContributions: { none: {} } },
    select: { id: true },
  });
  return row !== null;
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
      const [speeches, decision] = await Promise.all([
        presentSpeeches(tx, seminar.debateId),
        hasDecision(tx, seminar.debateId),
      ]);
      const next = stepReveal(seminar.revealed, speeches, input.step, decision);
      if (next === null)
        throw new AppError(
          "conflict",
          input.step === "next"
            ? `every speech${decision ? " and the decision are" : " is"} already revealed`
            : "no speech is revealed yet",
        );
      index = next;
    } else {
      index = input.speech ? SPEECHES.indexOf(input.speech) : -1;
    }
    await bumpSeminar(tx, seminar, input.version, { revealed: index });
    const what =
      index < 0
        ? "hid every speech"
        : index === DECISION_STEP
          ? "revealed the decision"
          : `revealed ${SPEECHES[index]}`;
    await recordSeminarChange(tx, seminar, user.id, what);
    return { version: seminar.version + 1, revealedIndex: index, live: liveSpeech(index) };
  });
}
