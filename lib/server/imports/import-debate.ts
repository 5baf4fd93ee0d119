import "server-only";
import { decodeUtf8, detectFormat, guardBytes, ImportError, importFile, type ImportFormat, type ImportReport } from "@/lib/domain/codecs";
import type { DebateSummaryDto } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import { requireSignedIn, type SessionUser } from "../auth-guard";
import { db, dbReady } from "../db";
import { recordChange } from "../change-log";
import { AppError } from "../errors";
import { summaryInclude, toDebateSummary } from "../debates/summary";
import { withTx } from "../tx";
import { planImport, shiftPlan, type ImportPlan } from "./plan-import";
import { writePlan } from "./write-plan";

export const IMPORT_FORMATS = ["clash-json", "argdown", "aif", "kialo"] as const satisfies readonly ImportFormat[];
const FORMAT_NAMES: Record<ImportFormat, string> = { "clash-json": "Clash JSON", argdown: "Argdown", aif: "AIF JSON", kialo: "Kialo text export" };

export type ImportResult = { debate: DebateSummaryDto; report: ImportReport };

/** A refusal of the file as the API reports it: 413 when it is too big, otherwise 422 with the reason. */
export function importErrorToAppError(err: ImportError): AppError {
  // The codec says which limit it was (20 MB for any file, 12 MB for Argdown, which parses slowly).
  if (err.kind === "too_large") return new AppError("payload_too_large", err.message, { kind: err.kind, ...(err.details === undefined ? {} : { details: err.details }) });
  return new AppError("validation_failed", err.message, { kind: err.kind, ...(err.details === undefined ? {} : { details: err.details }) });
}

/** Decode, detect and parse a file; any refusal becomes an AppError and nothing has been written. */
export function parseImport(o: { format?: ImportFormat; text: string | Uint8Array; fileName?: string }) {
  try {
    // The byte cap first (decodeUtf8 applies it to bytes), then strict UTF-8.
    if (typeof o.text === "string") guardBytes(o.text);
    const text = typeof o.text === "string" ? o.text : decodeUtf8(o.text);
    const fileName = o.fileName ?? "";
    const format = o.format ?? detectFormat(fileName, text);
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
    throw new AppError("validation_failed", `${message}${o.format ? ` as ${FORMAT_NAMES[o.format]}` : ""}`, { kind: "malformed" });
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

/** Refuse an import into a debate the user cannot edit, before the upload is even read. */
export async function assertCanImportInto(user: SessionUser | null, debateId: string): Promise<void> {
  await dbReady();
  await authorizeDebate(db, debateId, requireSignedIn(user), "editor");
}

/**
 * Import a file as a new private debate owned by the user, or, with `into`, as a new group of
 * arguments below the existing map of a debate the user can edit. The file is parsed and every
 * row planned before one short transaction inserts the debate, sources, nodes, edges and one
 * change-log row per created row (so history and live updates see each row). On any failure
 * nothing is written.
 */
export async function importDebate(o: {
  user: SessionUser | null;
  format?: ImportFormat;
  text: string | Uint8Array;
  fileName?: string;
  into?: string;
}): Promise<ImportResult> {
  const user = requireSignedIn(o.user);
  // Refuse a stranger before parsing a 20 MB file for them (checked again inside the transaction).
  if (o.into) await assertCanImportInto(user, o.into);
  const { graph } = parseImport(o);
  const plan: ImportPlan = planImport(graph);

  const debate = await withTx(async (tx) => {
    let debateId: string;
    if (o.into) {
      await authorizeDebate(tx, o.into, user, "editor");
      debateId = o.into;
      const bounds = await tx.argNode.aggregate({ where: { debateId }, _min: { x: true }, _max: { y: true }, _count: { _all: true } });
      if (bounds._count._all > 0) shiftPlan(plan, { x: bounds._min.x ?? 0, y: (bounds._max.y ?? 0) + GAP_BELOW });
    } else {
      const d = await tx.debate.create({
        data: {
          title: titleFor(graph.title, o.fileName),
          resolution: graph.resolution.trim().slice(0, 1_000),
          description: graph.description.trim().slice(0, 5_000),
          visibility: "private",
          ownerId: user.id,
        },
        include: summaryInclude,
      });
      debateId = d.id;
      await tx.membership.create({ data: { debateId, userId: user.id, role: "owner" } });
      await recordChange(tx, { debateId, actorId: user.id, entity: "debate", entityId: debateId, action: "create", after: toDebateSummary(d, "owner") });
    }
    await writePlan(tx, { debateId, actorId: user.id, plan });
    const row = await tx.debate.findUniqueOrThrow({ where: { id: debateId }, include: summaryInclude });
    const role = o.into ? (await authorizeDebate(tx, debateId, user, "editor")).role : "owner";
    return toDebateSummary(row, role);
  });
  return { debate, report: plan.report };
}
