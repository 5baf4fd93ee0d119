// `npm run clash -- …`: import and export debates straight against DATABASE_URL, through the same
// use cases the API calls (so the same limits, checks, transaction and change log apply).
//
//   npm run clash -- import FILE [--format json|argdown|aif|kialo|docx] [--into DEBATE_ID] [--as EMAIL] [--json]
//   npm run clash -- export DEBATE_ID [--format json|argdown|aif|markdown|docx] [--out PATH | --out -] [--as EMAIL]
//   npm run clash -- backup FILE      (SQLite: a consistent copy of the live database)
//   npm run clash -- restore FILE     (SQLite: put a backup back; the server must be stopped)
//
// The npm script runs node with --conditions=react-server, which resolves `server-only` to an empty
// module. Only use cases that take the user as a plain object are imported here: Better Auth
// (lib/server/auth.ts) expects Next's request scope and is never loaded.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { importFormatName, type ImportReport } from "@/lib/domain/codecs";
import { loadEnv } from "@/lib/env";
import type { SessionUser } from "@/lib/server/auth-guard";
import { backupSqlite, restoreSqlite, type BackupReport } from "@/lib/server/backup";
import { sqliteFile } from "@/lib/server/sqlite-file";
import { AppError } from "@/lib/server/errors";
import { EXPORT_FORMATS } from "@/lib/server/exports/export-file";

// The database and the use cases load only for import and export: loading lib/server/db opens
// the database, and `restore` must find it closed.
const server = async () => ({
  ...(await import("@/lib/server/db")),
  ...(await import("@/lib/server/imports/import-debate")),
  ...(await import("@/lib/server/exports/export-debate")),
  ...(await import("@/lib/server/exports/export-debate-docx")),
});
let loaded: Awaited<ReturnType<typeof server>> | null = null;
const loadServer = async () => (loaded ??= await server());

const DEMO_OWNER = "demo@clash.local";
const usage = (importFormats: readonly string[]) => `usage:
  npm run clash -- import FILE [--format ${importFormats.join("|")}] [--into DEBATE_ID] [--as EMAIL] [--json]
  npm run clash -- export DEBATE_ID [--format ${[...EXPORT_FORMATS, "docx"].join("|")}] [--out PATH | --out -] [--as EMAIL]
  npm run clash -- backup FILE
  npm run clash -- restore FILE
Acts as the account with --as (default ${DEMO_OWNER}) on DATABASE_URL (default file:./data/clash.db).`;

class UsageError extends Error {}

/** Paths are relative to where the user typed the command, not to the package root npm runs in. */
const fromUserCwd = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);

async function actingUser(email: string): Promise<SessionUser> {
  const { db, dbReady } = await loadServer();
  await dbReady();
  const u = await db.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, name: true, email: true },
  });
  if (!u) throw new AppError("not_found", `no account with the email ${email} in this database (pass --as EMAIL)`);
  return u;
}

function formatReport(r: ImportReport): string {
  const lines = [
    `format: ${r.format}`,
    `created: ${r.counts.nodes} arguments, ${r.counts.edges} connections, ${r.counts.sources} sources`,
  ];
  if (r.document) {
    const d = r.document;
    lines.push(
      `read: ${d.pockets} pockets, ${d.hats} hats, ${d.blocks} blocks, ${d.cards} cards, ${d.analytics} analytics`,
    );
  }
  for (const s of r.skipped) lines.push(`skipped: ${s.count} ${s.what} — ${s.why}`);
  for (const w of r.warnings) lines.push(`note: ${w}`);
  return lines.join("\n");
}

async function runImport(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string" },
      into: { type: "string" },
      as: { type: "string" },
      json: { type: "boolean" },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError("import takes one FILE");
  const { IMPORT_FORMATS, importDebate } = await loadServer();
  const format = values.format ? (importFormatName(values.format) ?? undefined) : undefined;
  if (values.format && !format) throw new UsageError(`--format must be one of ${IMPORT_FORMATS.join(", ")}`);
  const full = fromUserCwd(file);
  if (statSync(full).size > 20 * 1024 * 1024) throw new AppError("payload_too_large", "the file is over 20 MB");
  const user = await actingUser(values.as ?? DEMO_OWNER);
  const started = performance.now();
  const { debate, report } = await importDebate({
    user,
    format,
    text: readFileSync(full),
    fileName: path.basename(full),
    into: values.into,
  });
  if (values.json) {
    console.log(JSON.stringify({ debate, report }, null, 2));
    return;
  }
  console.log(
    `${values.into ? "imported into" : "created"} “${debate.title}” (${debate.id}) as ${user.email} in ${Math.round(performance.now() - started)} ms`,
  );
  console.log(formatReport(report));
  console.log(`open: /debates/${debate.id}`);
}

async function runExport(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string", default: "json" }, out: { type: "string" }, as: { type: "string" } },
  });
  const debateId = positionals[0];
  if (!debateId || positionals.length > 1) throw new UsageError("export takes one DEBATE_ID");
  const format = values.format as (typeof EXPORT_FORMATS)[number] | "docx";
  if (format !== "docx" && !EXPORT_FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${[...EXPORT_FORMATS, "docx"].join(", ")}`);
  const user = await actingUser(values.as ?? DEMO_OWNER);
  const { exportDebate, exportDebateDocx } = await loadServer();
  const file =
    format === "docx"
      ? await exportDebateDocx({ user, debateId, selection: { kind: "debate" } })
      : await exportDebate({ user, debateId, format });
  if (values.out === "-") {
    process.stdout.write(file.body);
    return;
  }
  const out = fromUserCwd(values.out ?? file.fileName);
  writeFileSync(out, file.body);
  console.log(`wrote ${out} (${Buffer.byteLength(file.body)} bytes, ${file.contentType})`);
}

/** The SQLite file behind DATABASE_URL; on PostgreSQL, how to do the same with its own tools. */
function sqliteTarget(command: "backup" | "restore"): string {
  const url = loadEnv().DATABASE_URL;
  if (!url.startsWith("file:"))
    throw new AppError(
      "bad_request",
      command === "backup"
        ? 'DATABASE_URL is PostgreSQL: back up with its own tool, e.g. pg_dump --format=custom --file=clash.dump "$DATABASE_URL"'
        : 'DATABASE_URL is PostgreSQL: restore with its own tool, e.g. pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" clash.dump',
    );
  return sqliteFile(url);
}

function oneFile(command: string, args: string[]): string {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UsageError(`${command} takes one FILE`);
  return fromUserCwd(positionals[0]!);
}

const describeCopy = (r: BackupReport) =>
  `${r.bytes} bytes, ${r.migrations} migrations applied (last: ${r.lastMigration}), integrity check ok`;

async function runBackup(args: string[]) {
  const to = oneFile("backup", args);
  const r = await backupSqlite({ from: sqliteTarget("backup"), to });
  console.log(`backed up ${r.from} to ${r.to} with SQLite's online backup: ${describeCopy(r)}`);
}

async function runRestore(args: string[]) {
  const from = oneFile("restore", args);
  const r = await restoreSqlite({ from, to: sqliteTarget("restore") });
  console.log(`restored ${r.from} as ${r.to} (replaced atomically): ${describeCopy(r)}`);
  console.log("start the server again to use it");
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "import") await runImport(rest);
    else if (command === "export") await runExport(rest);
    else if (command === "backup") await runBackup(rest);
    else if (command === "restore") await runRestore(rest);
    else throw new UsageError(command ? `unknown command “${command}”` : "no command given");
    return 0;
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const { IMPORT_FORMATS } = await loadServer();
      console.error(`${(err as Error).message}\n\n${usage(IMPORT_FORMATS)}`);
      return 2;
    }
    if (err instanceof AppError) {
      console.error(`refused (${err.status} ${err.code}): ${err.message}`);
      if (err.details !== undefined) console.error(JSON.stringify(err.details, null, 2));
      return 1;
    }
    if ((err as NodeJS.ErrnoException).code === "ENOENT") {
      console.error(`no such file: ${(err as NodeJS.ErrnoException).path}`);
      return 1;
    }
    throw err;
  } finally {
    await loaded?.db.$disconnect();
    await loaded?.readDb.$disconnect();
  }
}

process.exitCode = await main(process.argv.slice(2));
