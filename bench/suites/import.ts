// import-argdown, import-aif and export, through the app's own use cases (importDebate parses,
// plans, lays out and stores in one transaction; exportDebate reads and encodes) on a database of
// this process's own, against the Argdown CLI 1.7.5 and arguebuf + raw SQLite on the same files.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { dataFile, writeDocx } from "../generate";
import { resultOf, run } from "../lib/child";
import { record, type Row } from "../lib/results";
import { failed, figure, runsFor, SIZES, timedOut, timeRuns, type Figure } from "../lib/stats";

const DB_FILE = "bench/.out/import.db";
process.env.DATABASE_URL = `file:./${DB_FILE}`;
execFileSync(process.execPath, ["scripts/prepare-db.mjs", "--fresh", "--no-seed"], { stdio: "ignore" });
// Imported only now: lib/server/db.ts binds the database named by DATABASE_URL when first loaded.
const { db } = await import("@/lib/server/db");
const { importDebate } = await import("@/lib/server/imports/import-debate");
const { exportDebate } = await import("@/lib/server/exports/export-debate");
const { exportDebateDocx } = await import("@/lib/server/exports/export-debate-docx");
const user = { id: "bench-user", name: "Bench", email: "bench@clash.local" };
await db.user.create({ data: { ...user, createdAt: new Date(), updatedAt: new Date() } });

const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 45) * 1000;
const ARGDOWN = "bench/node_modules/.bin/argdown";
const OUT = "bench/.out/argdown";
const fmtN = (n: number) => n.toLocaleString("en-US");

/** Clash's import of one file, or why it refused it (a refusal is a result too, never skipped). */
const FILE_OF = { argdown: "argdown", aif: "aif.json", docx: "docx" } as const;

async function clashImport(n: number, format: keyof typeof FILE_OF): Promise<{ fig: Figure; debateId: string | null }> {
  const bytes = readFileSync(dataFile(n, FILE_OF[format]));
  let debateId: string | null = null;
  try {
    const times = await timeRuns(
      async () => {
        debateId = (await importDebate({ user, format, text: bytes, fileName: `bench-${n}.${format}` })).debate.id;
      },
      { runs: runsFor(n), budgetMs: 20_000, warmup: n <= 1_000 },
    );
    return { fig: figure(times, "ms"), debateId };
  } catch (err) {
    // The app's own words, after the file's size (its cap for Argdown files is ARGDOWN_MAX_BYTES).
    return {
      fig: failed(
        `refused this ${(bytes.length / 2 ** 20).toFixed(1)} MB file; Clash says: "${(err as Error).message}"`,
      ),
      debateId: null,
    };
  }
}

/** One CLI run per process, wall time including Node's start-up (that is how the CLI is used). */
async function argdownCli(args: string[], n: number): Promise<Figure> {
  const times: number[] = [];
  for (let i = 0; i < (n >= 5_000 ? 1 : 2); i++) {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const r = await run(ARGDOWN, [...args, dataFile(n, "argdown"), OUT], { timeoutMs: TIMEOUT_MS, quiet: true });
    if (r.timedOut) return timedOut(TIMEOUT_MS);
    if (r.code !== 0) return failed(`exit ${r.code}: ${r.out.slice(-200)}`);
    times.push(r.ms);
  }
  return figure(times, "ms");
}

async function arguebuf(mode: "import" | "export", n: number, debateId = ""): Promise<Figure> {
  const r = await run(
    process.execPath,
    ["bench/baselines/aif-arguebuf.mjs", mode, dataFile(n, "aif.json"), DB_FILE, String(runsFor(n)), debateId],
    { quiet: true },
  );
  const res = resultOf<{ ms: number[] }>(r.out);
  return res ? figure(res.ms, "ms") : failed(r.out.slice(-300));
}

const EXPORT_NAMES = { aif: "AIF", json: "Clash JSON", argdown: "Argdown", docx: "Word (Verbatim .docx)" };

for (const n of SIZES) {
  const argdown = await clashImport(n, "argdown");
  const target = n === 20_000 ? "≤ 5 s" : "—";
  const met = n === 20_000 ? argdown.fig.median <= 5_000 : null;
  const rows: Row[] = [
    {
      bench: "import-argdown",
      what: "file → parsed → stored → laid out",
      n: fmtN(n),
      clash: argdown.fig,
      baseline: { name: "argdown json (CLI)", ...(await argdownCli(["json"], n)) },
      target,
      met,
    },
    {
      bench: "import-argdown",
      what: "file → parsed → stored → laid out",
      n: fmtN(n),
      clash: argdown.fig,
      baseline: { name: "argdown map --format svg (CLI)", ...(await argdownCli(["map", "--format", "svg"], n)) },
      target,
      met,
    },
  ];
  record("import", rows);

  const aif = await clashImport(n, "aif");
  record("import", [
    {
      bench: "import-aif",
      what: "AIF file → stored",
      n: fmtN(n),
      clash: aif.fig,
      baseline: { name: "arguebuf load + raw SQLite insert", ...(await arguebuf("import", n)) },
      target: "—",
      met: null,
    },
  ]);

  // A debater's Word file: the same debate written by Clash's Verbatim exporter with its cards cut
  // (layers every few words), against mammoth reading the same file into HTML.
  await writeDocx(n);
  const docx = await clashImport(n, "docx");
  const mammoth = await run(
    process.execPath,
    ["bench/baselines/docx-mammoth.mjs", dataFile(n, "docx"), String(runsFor(n))],
    { quiet: true, timeoutMs: TIMEOUT_MS * runsFor(n) },
  );
  const read = resultOf<{ ms: number[] }>(mammoth.out);
  record("import", [
    {
      bench: "import-docx",
      what: "Word (Verbatim) file → stored",
      n: fmtN(n),
      clash: docx.fig,
      baseline: {
        name: "mammoth .docx → HTML",
        ...(mammoth.timedOut
          ? timedOut(TIMEOUT_MS * runsFor(n))
          : read
            ? figure(read.ms, "ms")
            : failed(mammoth.out.slice(-300))),
      },
      target: "—",
      met: null,
    },
  ]);

  // The debate as the AIF file stored it, or where that file is over its cap (20,000 arguments),
  // as the Argdown file did: a big debate's export is timed too.
  const stored = aif.debateId ?? argdown.debateId;
  if (!stored) continue;
  const exportBaseline = { name: "raw SQL read + arguebuf dump", ...(await arguebuf("export", n, stored)) };
  for (const format of ["aif", "json", "argdown", "docx"] as const) {
    const once = () =>
      format === "docx"
        ? exportDebateDocx({ user, debateId: stored, selection: { kind: "debate" } })
        : exportDebate({ user, debateId: stored, format });
    const times = await timeRuns(once, {
      runs: runsFor(n),
      warmup: true,
      budgetMs: 20_000,
    });
    record("import", [
      {
        bench: "export",
        what: `stored → ${EXPORT_NAMES[format]}`,
        n: fmtN(n),
        clash: figure(times, "ms"),
        baseline: exportBaseline,
        target: "—",
        met: null,
      },
    ]);
  }
}
await db.$disconnect();
