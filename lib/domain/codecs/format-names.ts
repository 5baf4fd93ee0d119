import type { ImportFormat } from "./types";

/** What a person calls each format (in refusals and the import dialog). */
export const FORMAT_NAMES: Record<ImportFormat, string> = {
  json: "Clash JSON",
  argdown: "Argdown",
  aif: "AIF JSON",
  kialo: "Kialo text export",
  docx: "Word (Verbatim) .docx",
};
