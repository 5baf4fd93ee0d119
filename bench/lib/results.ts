// Result rows: each suite (often in a process of its own) appends its rows to a JSON file under
// bench/.out/results; the runner renders all of them into bench/results.md at the end.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Figure } from "./stats";

export const RESULTS_DIR = "bench/.out/results";

export type Row = {
  bench: string;
  what: string;
  /** the size measured: arguments, cards, … as shown */
  n: string;
  clash: Figure;
  baseline: (Figure & { name: string }) | null;
  /** fps and the like: a bigger figure is better (the ratio still reads Clash ÷ baseline) */
  higherIsBetter?: boolean;
  /** the issue's target, verbatim in spirit, or "—" when the issue sets none for this row */
  target: string;
  /** null when there is no target */
  met: boolean | null;
  note?: string;
};

/** Append rows to this suite's file (several processes may write different suites). */
export function record(suite: string, rows: Row[]): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${suite}.json`);
  const prior: Row[] = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Row[]) : [];
  writeFileSync(file, JSON.stringify([...prior, ...rows], null, 2));
  for (const r of rows)
    console.log(
      `  ${r.bench} ${r.what} @ ${r.n}: ${show(r.clash)} vs ${r.baseline ? `${r.baseline.name} ${show(r.baseline)}` : "—"} ${ratio(r)} ${metText(r.met)}`,
    );
}

export function readAll(order: readonly string[]): Row[] {
  if (!existsSync(RESULTS_DIR)) return [];
  const files = readdirSync(RESULTS_DIR).filter((f) => f.endsWith(".json"));
  const rank = (f: string) => order.indexOf(f.replace(/\.json$/, "")) + 1 || order.length + 1;
  return files
    .sort((a, b) => rank(a) - rank(b))
    .flatMap((f) => JSON.parse(readFileSync(path.join(RESULTS_DIR, f), "utf8")) as Row[]);
}

function num(v: number, unit: Figure["unit"]): string {
  if (unit === "ms")
    return v >= 1000
      ? `${(v / 1000).toFixed(v >= 10_000 ? 1 : 2)} s`
      : `${v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2)} ms`;
  if (unit === "fps") return `${v.toFixed(1)} fps`;
  if (unit === "MB") return `${v.toFixed(0)} MB`;
  if (unit === "elements") return `${Math.round(v).toLocaleString("en-US")} elements`;
  return v >= 1_000_000 ? `${(v / 1_000_000).toFixed(2)} MB` : `${(v / 1000).toFixed(1)} kB`;
}

/** "1.23 s (1.10–1.40, 3 runs)", or "> 60 s (timed out)", or the reason it could not run. */
export function show(f: Figure): string {
  if (f.timedOutAt !== undefined) return `> ${num(f.timedOutAt, f.unit)} (timed out)`;
  if (f.error) return `— (${f.error})`;
  if (f.runs === 1 || f.min === f.max) return `${num(f.median, f.unit)}${f.runs > 1 ? ` (${f.runs} runs)` : ""}`;
  return `${num(f.median, f.unit)} (${num(f.min, f.unit)}–${num(f.max, f.unit)}, ${f.runs} runs)`;
}

/** The median alone (or why there is none), for the summary. */
const brief = (f: Figure) => (f.timedOutAt !== undefined || f.error ? show(f) : num(f.median, f.unit));

/** Clash ÷ baseline on medians; a timed-out side makes it a bound. */
export function ratio(r: Row): string {
  const b = r.baseline;
  if (!b) return "—";
  const c = r.clash;
  if (c.error || b.error) return "—";
  const cv = c.timedOutAt ?? c.median;
  const bv = b.timedOutAt ?? b.median;
  if (c.timedOutAt !== undefined && b.timedOutAt !== undefined) return "—";
  if (bv === 0) return "—"; // nothing to divide by (no long task on either page, say)
  const q = cv / bv;
  const x = q >= 10 ? q.toFixed(0) : q >= 0.1 ? q.toFixed(2) : q.toPrecision(2);
  if (b.timedOutAt !== undefined) return `< ${x}×`;
  if (c.timedOutAt !== undefined) return `> ${x}×`;
  return `${x}×`;
}

const metText = (m: boolean | null) => (m === null ? "—" : m ? "yes" : "**no**");

export type Meta = { started: Date; seconds: number; machine: string; commit: string; notes: string[] };

/** The issue's order of benchmarks; rows sort by it, then by size, then as recorded. */
const BENCH_ORDER = [
  "render",
  "pan / drag",
  "layout",
  "import-argdown",
  "import-aif",
  "import-docx",
  "export",
  "api-graph",
  "edit",
  "search",
];
const size = (r: Row) => Number(r.n.replace(/[^\d]/g, ""));
const rank = (r: Row) => BENCH_ORDER.indexOf(r.bench) + 1 || BENCH_ORDER.length + 1;

export function renderMarkdown(unsorted: readonly Row[], meta: Meta): string {
  const cell = (s: string) => s.replaceAll("|", "\\|");
  const rows = unsorted
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || size(a.r) - size(b.r) || a.i - b.i)
    .map((x) => x.r);
  const judged = rows.filter((r) => r.met !== null);
  const missed = judged.filter((r) => !r.met);
  const lines = [
    "# Clash benchmarks",
    "",
    `Written by \`npm run bench\` on ${meta.started.toISOString().slice(0, 16).replace("T", " ")} UTC in ${Math.round(meta.seconds / 60)} min (${meta.machine}; commit ${meta.commit}).`,
    "Each figure is the median of its runs, with the range (min–max). **Ratio** is Clash ÷ the baseline measured in the same run",
    "(for fps a ratio below 1 means Clash is slower). Targets are the issue's; **met?** compares the Clash figure with them.",
    "",
    `**Targets: ${judged.length - missed.length} of ${judged.length} met.** Not met:`,
    "",
    ...missed.map(
      (r) =>
        `- **${r.bench}** @ ${r.n}, ${r.what}: ${brief(r.clash)}${r.baseline ? ` vs ${r.baseline.name} ${brief(r.baseline)} (${ratio(r)})` : ""}; target ${r.target}`,
    ),
    "",
    "| benchmark | what | N | Clash | baseline | ratio | target | met? |",
    "|---|---|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${cell(r.bench)} | ${cell(r.what)}${r.note ? ` — ${cell(r.note)}` : ""} | ${r.n} | ${cell(show(r.clash))} | ${r.baseline ? `${cell(r.baseline.name)}: ${cell(show(r.baseline))}` : "—"} | ${cell(ratio(r))} | ${cell(r.target)} | ${metText(r.met)} |`,
    ),
    "",
    ...(meta.notes.length ? ["## Notes", "", ...meta.notes.map((n) => `- ${n}`), ""] : []),
  ];
  return lines.join("\n");
}
