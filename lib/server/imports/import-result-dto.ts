import "server-only";
import { z } from "zod";
import { IMPORT_FORMATS } from "@/lib/domain/codecs";
import { DebateSummaryDto } from "@/lib/domain/schemas";

/** What an import created and what it could not use (the codecs' ImportReport as the API shows it). */
export const ImportReportDto = z.object({
  format: z.enum(IMPORT_FORMATS),
  counts: z.object({ nodes: z.number().int(), edges: z.number().int(), sources: z.number().int() }),
  skipped: z.array(z.object({ what: z.string(), why: z.string(), count: z.number().int() })),
  warnings: z.array(z.string()),
  /** "file": the arguments kept the file's positions; "laid-out": the import laid them out */
  positions: z.enum(["file", "laid-out"]).optional(),
});

/** The answer to an import: the debate (new, or the one imported into) and the report. */
export const ImportResultDto = z.object({ debate: DebateSummaryDto, report: ImportReportDto });
export type ImportResultDto = z.infer<typeof ImportResultDto>;

/** An import running in the background (`respond=async`), as `GET /api/imports/{id}` shows it. */
export const ImportJobDto = z.object({
  id: z.string(),
  status: z.enum(["running", "done", "failed", "cancelled"]),
  /** bytes of the file the server received */
  bytes: z.number().int(),
  progress: z.union([
    z.object({ phase: z.literal("parsing") }),
    z.object({ phase: z.literal("writing"), written: z.number().int(), total: z.number().int() }),
    z.object({ phase: z.literal("done") }),
  ]),
  result: ImportResultDto.optional(),
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }).optional(),
});
