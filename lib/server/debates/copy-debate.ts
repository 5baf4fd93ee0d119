import "server-only";
import type { DebateSummaryDto } from "@/lib/domain/schemas";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { AppError, notFound } from "../errors";
import { encodeExport } from "../exports/encode-export";
import { loadExportable } from "../exports/export-debate";
import { authorizeImport } from "../imports/authorize-import";
import { parseAndPlanInWorker } from "../imports/import-debate";
import { acquireImportSlot } from "../imports/import-slots";
import { writePlan } from "../imports/write-plan";
import { withTx } from "../tx";
import { summaryInclude, toDebateSummary } from "./summary";

const MAX_TITLE = 200;

/** "Arms sales (copy)", within the title's 200 characters. */
export function copyTitle(title: string): string {
  const suffix = " (copy)";
  const base = title.trim() || "Untitled debate";
  return base.length + suffix.length > MAX_TITLE
    ? `${base.slice(0, MAX_TITLE - suffix.length - 1)}…${suffix}`
    : base + suffix;
}

/**
 * Copy a debate the user can read (a public debate, or one shared with them) into a new private
 * debate they own: its arguments (positions, card markup, tags), connections, sources and groups,
 * through the same Clash JSON round trip as export and import, so a copy holds exactly what an
 * export would. What is not the map stays behind: members, comments, share links, history,
 * seminars and speech documents; a seminar's unrevealed speeches are left out as in an export.
 * A debate the user cannot read is "not found" (its existence is not disclosed).
 */
export async function copyDebate({
  user: caller,
  debateId,
  title,
}: {
  user: SessionUser | null;
  debateId: string;
  /** the copy's title (default: the original's with " (copy)") */
  title?: string;
}): Promise<DebateSummaryDto> {
  const { user } = await authorizeImport(caller);
  const release = acquireImportSlot(user.id);
  try {
    const source = await loadExportable({ debateId, user }).catch((err: unknown) => {
      if (err instanceof AppError && err.code === "forbidden") throw notFound("debate");
      throw err;
    });
    const file = (await encodeExport({ format: "json", debate: source })).body as string;
    const { plan } = await parseAndPlanInWorker({ format: "json", text: file, fileName: "copy.clash.json" });
    return await withTx(async (tx) => {
      const created = await tx.debate.create({
        data: {
          title: title ?? copyTitle(source.title),
          resolution: source.resolution,
          description: source.description,
          visibility: "private",
          ownerId: user.id,
        },
        include: summaryInclude,
      });
      await tx.membership.create({ data: { debateId: created.id, userId: user.id, role: "owner" } });
      await recordChange(tx, {
        debateId: created.id,
        actorId: user.id,
        entity: "debate",
        entityId: created.id,
        action: "create",
        after: toDebateSummary(created, "owner"),
      });
      await writePlan(tx, { debateId: created.id, actorId: user.id, plan });
      const row = await tx.debate.findUniqueOrThrow({ where: { id: created.id }, include: summaryInclude });
      return toDebateSummary(row, "owner");
    });
  } finally {
    release();
  }
}
