import { describe, expect, it } from "vitest";
import { csvCell, toCsv, toMarkdown, type ExportRow } from "./seminar-export";

const row = (o: Partial<ExportRow> = {}): ExportRow => ({
  task: "Answer the 2AC's solvency",
  student: "Ada Lovelace",
  label: "Student 1",
  kind: "rebuttal",
  title: "Training is only training",
  body: "",
  attachedTo: "U.S. training fuels extremism",
  verdict: "strong",
  score: 8,
  feedback: "Good",
  released: true,
  createdAt: "2026-11-21T10:00:00.000Z",
  ...o,
});

/** A minimal RFC 4180 reader, to prove the CSV round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe("CSV export", () => {
  it("quotes commas, quotes and newlines, and guards formulas", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    for (const bad of ["+1", "-2+3", "@SUM(A1)", "\tx"]) expect(csvCell(bad).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell(null)).toBe("");
    expect(csvCell(7)).toBe("7");
  });

  it("round-trips every field, formulas defused", () => {
    const nasty = row({
      title: 'He said "no", twice\nthen left',
      body: "=cmd|' /C calc'!A0",
      feedback: "-5, see me",
      student: "O'Brien, Pat",
    });
    const csv = toCsv([nasty, row({ verdict: null, score: null, released: false })]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [head, first, second] = parseCsv(csv.slice(1));
    expect(head).toEqual([
      "Task",
      "Student",
      "Shown as",
      "Kind",
      "Contribution",
      "Notes",
      "Attached to",
      "Verdict",
      "Score",
      "Feedback",
      "Released",
      "Added at",
    ]);
    expect(first![1]).toBe("O'Brien, Pat");
    expect(first![4]).toBe('He said "no", twice\nthen left');
    expect(first![5]).toBe("'=cmd|' /C calc'!A0");
    expect(first![9]).toBe("'-5, see me");
    expect(first![7]).toBe("Strong");
    expect(second!.slice(7, 11)).toEqual(["", "", "Good", "no"]);
  });
});

describe("Markdown export", () => {
  it("groups by task and student and cannot be broken by what students typed", () => {
    const md = toMarkdown(
      { debateTitle: "Tajikistan", code: "K7Q-2MX", startedAt: "2026-11-21", endedAt: null, instructor: "Prof" },
      [
        row(),
        row({
          student: "Bob",
          label: "Student 2",
          title: "# not a heading\n<script>alert(1)</script>",
          verdict: "off-topic",
          score: null,
          released: false,
          feedback: "",
        }),
      ],
    );
    expect(md).toContain("## Task: Answer the 2AC's solvency");
    expect(md).toContain("### Ada Lovelace (Student 1)");
    expect(md).toContain("### Bob (Student 2)");
    expect(md).toContain("> \\# not a heading");
    expect(md).toContain("&lt;script&gt;");
    expect(md).not.toContain("<script>");
    expect(md).toContain("Feedback (Strong, 8/10, released):");
    expect(md).toContain("Feedback (Off-topic, not released)");
  });
});
