import "server-only";
import type { ImportReport } from "@/lib/domain/codecs";
import type { DebateSummaryDto } from "@/lib/domain/schemas";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { AppError } from "../errors";
import { summaryInclude, toDebateSummary } from "../debates/summary";
import { withTx } from "../tx";
import { runImportTask, WorkerStopped } from "../workers/pool";
import { authorizeImport, type ImportAccess } from "./authorize-import";
import { acquireImportSlot } from "./import-slots";
import { type ParseInput, type PlannedImport } from "./parse-plan";
import { shiftPlan } from "./plan-import";
import { writePlan } from "./write-plan";

export { FORMAT_NAMES, IMPORT_FORMATS } from "./parse-plan";

export type ImportResult = { debate: DebateSummaryDto; report: ImportReport };

/** Where an import is: reading the file in a worker, then writing N of M rows. */
export type ImportProgress = { phase: "parsing" } | { phase: "writing"; written: number; total: number };

export type ImportOptions = {
  /** cancels the import: the worker is terminated or the transaction rolls back, nothing is written */
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /** the parse-and-plan time budget (CLASH_IMPORT_BUDGET_MS unless given) */
  budgetMs?: number;
};

/** The import was cancelled by its user (async jobs); nothing was written. */
export class ImportCancelled extends Error {
  constructor() {
    super("the import was cancelled");
    this.name = "ImportCancelled";
  }
}

/**
 * Parse and plan a file in the import worker pool, off the request thread, within the time
 * budget and the worker's memory limit. A refusal of the file becomes an AppError (413/422);
 * running out of time or memory is 422 "too_complex"; nothing has been written in any case.
 */
export async function parseAndPlanInWorker(
  file: ParseInput,
  options: Pick<ImportOptions, "signal" | "budgetMs"> = {},
): Promise<PlannedImport> {
  let result;
  try {
    result = await runImportTask(file, options);
  } catch (err) {
    if (err instanceof WorkerStopped) {
      if (err.reason === "cancelled") throw new ImportCancelled();
      throw new AppError(
        "validation_failed",
        err.reason === "budget"
          ? "the file is too complex to import: reading it took longer than the server allows. Split it into smaller files."
          : "the file is too complex to import: reading it needs more memory than the server allows. Split it into smaller files.",
        { kind: "too_complex", reason: err.reason },
      );
    }
    throw err;
  }
  if (!result.ok) throw new AppError(result.refusal.code, result.refusal.message, result.refusal.details);
  return result.value;
}

function titleFor(graphTitle: string, fileName: string | undefined): string {
  const fromFile = (fileName ?? "")
    .replace(/^.*[\\/]/, "")
    .replace(/(\.(clash|aif))?\.[^.]+$/i, "")
    .replace(/[_-]+/g, " ")
    .trim();
  const t = graphTitle.trim() || fromFile || "Imported debate";
  return t.length > 200 ? `${t.slice(0, 199)}…` : t;
}

const GAP_BELOW = 160;

/**
 * The write gives other requests a turn after every slice (see bulkInsert), so on a busy server
 * a large import's transaction stays open longer than an edit's 30 s allowance.
 */
const WRITE_TIMEOUT = { timeoutMs: 180_000 };

/**
 * Import a file as a new private debate owned by the user, or, with `into`, as a new group of
 * arguments below the existing map of a debate the user can edit. Authorizes once, then imports
 * (see `importAuthorized`).
 */
export async function importDebate({
  user,
  into,
  ...file
}: ParseInput & { user: SessionUser | null; into?: string }): Promise<ImportResult> {
  const access = await authorizeImport(user, into);
  const release = acquireImportSlot(access.user.id);
  try {
    return await importAuthorized(access, file);
  } finally {
    release();
  }
}

/**
 * Import a file with access already settled by `authorizeImport` (the caller holds an import
 * slot). The file is parsed and every row planned in a worker thread before one transaction inserts the debate, sources, nodes, edges and one
 * change-log row per created row (so history and live updates see each row). On any failure
 * nothing is written. A role lost while the file parses does not stop this import, as it would
 * not stop a request that arrived a moment earlier.
 */
export async function importAuthorized(
  access: ImportAccess,
  file: ParseInput,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const { user, into } = access;
  const { signal, onProgress } = options;
  onProgress?.({ phase: "parsing" });
  const { head, plan } = await parseAndPlanInWorker(file, options);
  if (signal?.aborted) throw new ImportCancelled();

  const debate = await withTx(async (tx) => {
    let debateId: string;
    if (into) {
      debateId = into.debateId;
      const bounds = await tx.argNode.aggregate({
        where: { debateId },
        _min: { x: true },
        _max: { y: true },
        _count: { _all: true },
      });
      if (bounds._count._all > 0) shiftPlan(plan, { x: bounds._min.x ?? 0, y: (bounds._max.y ?? 0) + GAP_BELOW });
    } else {
      const created = await tx.debate.create({
        data: {
          title: titleFor(head.title, file.fileName),
          resolution: head.resolution.trim().slice(0, 1_000),
          description: head.description.trim().slice(0, 5_000),
          visibility: "private",
          ownerId: user.id,
        },
        include: summaryInclude,
      });
      debateId = created.id;
      await tx.membership.create({ data: { debateId, userId: user.id, role: "owner" } });
      await recordChange(tx, {
        debateId,
        actorId: user.id,
        entity: "debate",
        entityId: debateId,
        action: "create",
        after: toDebateSummary(created, "owner"),
      });
    }
    // Bounded statements (see bulkInsert) inside this one transaction: all rows or none.
    await writePlan(tx, {
      debateId,
      actorId: user.id,
      plan,
      signal,
      onProgress: (written, total) => onProgress?.({ phase: "writing", written, total }),
    });
    const row = await tx.debate.findUniqueOrThrow({ where: { id: debateId }, include: summaryInclude });
    // The last moment a cancel can still undo everything: after this the commit stands.
    signal?.throwIfAborted();
    return toDebateSummary(row, into?.role ?? "owner");
  }, WRITE_TIMEOUT).catch((err: unknown) => {
    if (signal?.aborted) throw new ImportCancelled();
    throw err;
  });
  return { debate, report: plan.report };
}
