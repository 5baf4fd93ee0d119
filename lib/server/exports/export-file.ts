import "server-only";
import type { ExportFormat } from "@/lib/domain/codecs";

export const EXPORT_FORMATS = ["json", "argdown", "aif", "markdown"] as const satisfies readonly ExportFormat[];

/** A file-name-safe ASCII slug of a title: "U.S. Aid to Tajikistan" → "u-s-aid-to-tajikistan". */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug || "debate";
}

/** `Content-Disposition` for a download; the slug is plain ASCII so no RFC 5987 form is needed. */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/["\\\r\n]/g, "")}"`;
}
