import "server-only";
import { studentLabel, type Verdict } from "@/lib/domain/seminar";
import { toCsv, toMarkdown, type ExportRow } from "@/lib/domain/seminar-export";
import type { SessionUser } from "../auth-guard";
import { withRead } from "../tx";
import { asInstructor } from "./seminar-access";

/** The seminar's contributions and feedback as a CSV or Markdown download (instructors). */
export async function exportSeminar({
  format,
  seminarId,
  user,
}: {
  user: SessionUser | null;
  seminarId: string;
  format: "csv" | "md";
}) {
  return withRead(async (db) => {
    const { seminar, debate } = await asInstructor(db, seminarId, user);
    const [rows, instructor] = await Promise.all([
      db.seminarContribution.findMany({
        where: { seminarId: seminar.id },
        include: {
          task: true,
          participant: { include: { user: { select: { name: true } } } },
          node: { select: { kind: true } },
        },
        orderBy: [{ task: { openedAt: "asc" } }, { participant: { number: "asc" } }, { createdAt: "asc" }],
      }),
      db.user.findUnique({ where: { id: seminar.instructorId }, select: { name: true } }),
    ]);
    const data: ExportRow[] = rows.map((r) => ({
      task: r.task.prompt,
      student: r.participant.user.name,
      label: studentLabel(r.participant.number),
      kind: r.kind === "comment" ? "comment" : (r.node?.kind ?? "argument (deleted)"),
      title: r.title || r.body,
      body: r.kind === "comment" ? "" : r.body,
      attachedTo: r.targetTitle,
      verdict: r.verdict as Verdict | null,
      score: r.score,
      feedback: r.feedback,
      released: r.releasedAt !== null,
      createdAt: r.createdAt.toISOString(),
    }));
    const stamp = (seminar.endedAt ?? seminar.createdAt).toISOString().slice(0, 10);
    const filename = `seminar-${seminar.code}-${stamp}.${format}`;
    if (format === "csv") return { filename, type: "text/csv; charset=utf-8", body: toCsv(data) };
    const meta = {
      debateTitle: debate.title,
      code: seminar.code,
      startedAt: seminar.createdAt.toISOString(),
      endedAt: seminar.endedAt?.toISOString() ?? null,
      instructor: instructor?.name ?? "",
    };
    return { filename, type: "text/markdown; charset=utf-8", body: toMarkdown(meta, data) };
  });
}
