import { csvCell } from "./codecs/escape";
import { VERDICT_LABEL, type Verdict } from "./seminar";

/** One contribution as it leaves the app: the instructor's record of a seminar. */
export type ExportRow = {
  task: string;
  student: string;
  /** "Student 3": how classmates saw them when the seminar was anonymous */
  label: string;
  kind: string;
  title: string;
  body: string;
  attachedTo: string;
  verdict: Verdict | null;
  score: number | null;
  feedback: string;
  released: boolean;
  createdAt: string;
};

export type ExportMeta = {
  debateTitle: string;
  code: string;
  startedAt: string;
  endedAt: string | null;
  instructor: string;
};

const COLUMNS: [keyof ExportRow, string][] = [
  ["task", "Task"],
  ["student", "Student"],
  ["label", "Shown as"],
  ["kind", "Kind"],
  ["title", "Contribution"],
  ["body", "Notes"],
  ["attachedTo", "Attached to"],
  ["verdict", "Verdict"],
  ["score", "Score"],
  ["feedback", "Feedback"],
  ["released", "Released"],
  ["createdAt", "Added at"],
];

/** One CSV field, safe to open in a spreadsheet (formula cells get a leading apostrophe): see codecs/escape. */
export { csvCell };

/** The contributions as CSV, a header row first, CRLF line ends (with a BOM so Excel reads UTF-8). */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [COLUMNS.map(([, h]) => csvCell(h)).join(",")];
  for (const r of rows) {
    lines.push(
      COLUMNS.map(([k]) =>
        csvCell(
          k === "verdict"
            ? r.verdict
              ? VERDICT_LABEL[r.verdict]
              : null
            : k === "released"
              ? r.released
                ? "yes"
                : "no"
              : r[k],
        ),
      ).join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** Text a student wrote, safe inside Markdown: no raw HTML or entities, links, emphasis, headings or lists of its own. */
function mdText(s: string): string {
  return s
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replace(/([\\`*_[\]#|~!])/g, "\\$1");
}

const quoteBlock = (s: string) =>
  s
    .split(/\r?\n/)
    .map((l) => `> ${mdText(l)}`)
    .join("\n");

/** The seminar as a Markdown report: per task, per student, each contribution with its feedback. */
export function toMarkdown(meta: ExportMeta, rows: readonly ExportRow[]): string {
  const out = [`# Seminar: ${mdText(meta.debateTitle)}`, ""];
  out.push(
    `- Code: ${mdText(meta.code)}`,
    `- Instructor: ${mdText(meta.instructor)}`,
    `- Started: ${meta.startedAt}`,
    `- Ended: ${meta.endedAt ?? "still open"}`,
    `- Contributions: ${rows.length}`,
    "",
  );
  const tasks = [...new Set(rows.map((r) => r.task))];
  if (tasks.length === 0) out.push("_No contributions._", "");
  for (const task of tasks) {
    out.push(`## Task: ${mdText(task)}`, "");
    const mine = rows.filter((r) => r.task === task);
    for (const student of [...new Set(mine.map((r) => r.student))]) {
      const theirs = mine.filter((r) => r.student === student);
      out.push(`### ${mdText(student)} (${mdText(theirs[0]!.label)})`, "");
      for (const r of theirs) {
        out.push(
          `**${mdText(r.kind)}**${r.attachedTo ? ` on “${mdText(r.attachedTo)}”` : ""}, ${r.createdAt}`,
          "",
          quoteBlock(r.title),
        );
        if (r.body.trim()) out.push(">", quoteBlock(r.body));
        const verdict = r.verdict ? VERDICT_LABEL[r.verdict] : "no verdict";
        const score = r.score === null ? "" : `, ${r.score}/10`;
        out.push(
          "",
          `Feedback (${verdict}${score}${r.released ? ", released" : ", not released"})${r.feedback ? ":" : ""}`,
        );
        if (r.feedback) out.push("", quoteBlock(r.feedback));
        out.push("");
      }
    }
  }
  return out.join("\n");
}
