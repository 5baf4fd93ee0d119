import "server-only";
import {
  decodeUtf8,
  detectFormat,
  FORMAT_NAMES,
  guardBytes,
  IMPORT_FORMATS,
  ImportError,
  importFile,
  type ImportFormat,
  type ImportReport,
} from "@/lib/domain/codecs";
import type { DebateSummaryDto } from "@/lib/domain/schemas";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { AppError } from "../errors";
import { summaryInclude, toDebateSummary } from "../debates/summary";
import { withTx } from "../tx";
import { authorizeImport, type ImportAccess } from "./authorize-import";
import { planImport, shiftPlan, type ImportPlan } from "./plan-import";
import { writePlan } from "./write-plan";

export { IMPORT_FORMATS };

export type ImportResult = { debate: DebateSummaryDto; report: ImportReport };

/** A refusal of the file as the API reports it: 413 when it is too big, otherwise 422 with the reason. */
export function importErrorToAppError(err: ImportError): AppError {
  // The codec says which limit it was (20 MB for any file, 12 MB for Argdown, which parses slowly).
  if (err.kind === "too_large")
    return new AppError("payload_too_large", err.message, {
      kind: err.kind,
      ...(err.details === undefined ? {} : { details: err.details }),
    });
  return new AppError("validation_failed", err.message, {
    kind: err.kind,
    ...(err.details === undefined ? {} : { details: err.details }),
  });
}

/** Decode, detect and parse a file; any refusal becomes an AppError and nothing has been written. */
export function parseImport(file: ImportFile) {
  try {
    // The byte cap first (decodeUtf8 applies it to bytes), then strict UTF-8.
    if (typeof file.text === "string") guardBytes(file.text);
    const text = typeof file.text === "string" ? file.text : decodeUtf8(file.text);
    const fileName = file.fileName ?? "";
    const format = file.format ?? detectFormat(fileName, text);
    if (!format) {
      throw new AppError(
        "validation_failed",
        `could not tell what format this file is in; choose one of: ${IMPORT_FORMATS.map((f) => `${FORMAT_NAMES[f]} (${f})`).join(", ")}`,
        { formats: IMPORT_FORMATS },
      );
    }
    return { format, graph: importFile(format, text) };
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (err instanceof ImportError) throw importErrorToAppError(err);
    // A parser bug must not become a 500 that hides why the file was refused, nor crash anything.
    console.error("[clash] import parser failed", err);
    const message = err instanceof RangeError ? "the file is nested too deeply to read" : "the file could not be read";
    throw new AppError("validation_failed", `${message}${file.format ? ` as ${FORMAT_NAMES[file.format]}` : ""}`, {
      kind: "malformed",
    });
  }
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

type ImportFile = { format?: ImportFormat; text: string | Uint8Array; fileName?: string };

/**
 * Import a file as a new private debate owned by the user, or, with `into`, as a new group of
 * arguments below the existing map of a debate the user can edit. Authorizes once, then imports
 * (see `importAuthorized`).
 */
export async function importDebate({
  user,
  into,
  ...file
}: ImportFile & { user: SessionUser | null; into?: string }): Promise<ImportResult> {
  return importAuthorized(await authorizeImport(user, into), file);
}

/**
 * Import a file with access already settled by `authorizeImport`. The file is parsed and every
 * row planned before one short transaction inserts the debate, sources, nodes, edges and one
 * change-log row per created row (so history and live updates see each row). On any failure
 * nothing is written. A role lost while the file parses does not stop this import, as it would
 * not stop a request that arrived a moment earlier.
 */
export async function importAuthorized(access: ImportAccess, file: ImportFile): Promise<ImportResult> {
  const { user, into } = access;
  const { graph } = parseImport(file);
  const plan: ImportPlan = planImport(graph);

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
          title: titleFor(graph.title, file.fileName),
          resolution: graph.resolution.trim().slice(0, 1_000),
          description: graph.description.trim().slice(0, 5_000),
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
    await writePlan(tx, { debateId, actorId: user.id, plan });
    const row = await tx.debate.findUniqueOrThrow({ where: { id: debateId }, include: summaryInclude });
    return toDebateSummary(row, into?.role ?? "owner");
  });
  return { debate, report: plan.report };
}
