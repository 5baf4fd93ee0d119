import "server-only";
import type { ExportFormat } from "@/lib/domain/codecs";

export const EXPORT_FORMATS = ["json", "argdown", "aif", "markdown"] as const satisfies readonly ExportFormat[];

/** `Content-Disposition` for a download; the slug is plain ASCII so no RFC 5987 form is needed. */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/["\\\r\n]/g, "")}"`;
}
