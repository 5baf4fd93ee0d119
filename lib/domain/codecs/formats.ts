// One name per format, in both directions, and the older names still accepted.
import { z } from "zod";
import type { ExportFormat, ImportFormat } from "./types";

/** The import formats, by their one name (the same name the export uses where both exist). */
export const IMPORT_FORMATS = ["json", "argdown", "aif", "kialo", "docx"] as const satisfies readonly ImportFormat[];
export const EXPORT_FORMAT_NAMES = [
  "json",
  "argdown",
  "aif",
  "markdown",
  "kialo",
] as const satisfies readonly ExportFormat[];

/** Names earlier versions used, kept working: Clash JSON was `clash-json` on import only. */
export const FORMAT_ALIASES = { "clash-json": "json" } as const satisfies Record<string, ImportFormat>;
export type FormatAlias = keyof typeof FORMAT_ALIASES;

// Its own module, without zod, so the import dialog can name a format in a refusal.
export { FORMAT_NAMES } from "./format-names";

/** A format name or alias as a request gives it, read as the one name (`clash-json` → `json`). */
export const ImportFormatParam = z
  .enum([...IMPORT_FORMATS, "clash-json"])
  .transform((name): ImportFormat => (name === "clash-json" ? FORMAT_ALIASES[name] : name));

/** An export format name or alias (`clash-json` → `json`), so one name works both ways. */
export const ExportFormatParam = z
  .enum([...EXPORT_FORMAT_NAMES, "clash-json"])
  .transform((name): ExportFormat => (name === "clash-json" ? "json" : name));

/** The one name for a format name or alias; null for a name Clash does not know. */
export function importFormatName(name: string): ImportFormat | null {
  const r = ImportFormatParam.safeParse(name);
  return r.success ? r.data : null;
}
