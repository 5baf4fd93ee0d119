import "server-only";

/** The text export formats (one list, with the export route's query): lib/domain/codecs/formats. */
export { EXPORT_FORMAT_NAMES as EXPORT_FORMATS } from "@/lib/domain/codecs/formats";

/**
 * What an export left out, as a response header (for formats whose file has no comment): JSON,
 * non-ASCII escaped so the value stays a valid header, cut to a size every proxy passes.
 */
export function notExportedHeader(notes: readonly { what: string; count: number; why: string }[]): string | null {
  if (notes.length === 0) return null;
  const ascii = (v: unknown) =>
    JSON.stringify(v).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const kept = [...notes];
  while (kept.length > 1 && ascii(kept).length > 4_000) kept.pop();
  return ascii(kept);
}

/** `Content-Disposition` for a download; the slug is plain ASCII so no RFC 5987 form is needed. */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/["\\\r\n]/g, "")}"`;
}
