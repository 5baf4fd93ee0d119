import { KIALO_ROOT_WORDS, KIALO_SIDE_WORDS } from "./kialo";
import type { ImportFormat } from "./types";

const KIALO_TITLE = /^\uFEFF?[ \t\r\n]{0,200}Discussion (?:Title|Name):/;
// A claim line of an export in any of Kialo's languages ("1.2. Contra: …"); newer exports put
// the claim's text on the next line ("  1.2. Con:") and label theses ("1.1. Thesis:").
const KIALO_LINE = new RegExp(
  `^[ \\t]*1(?:\\.\\d+)+\\.[ \\t]+(?:${[...KIALO_SIDE_WORDS.Pro, ...KIALO_SIDE_WORDS.Con, ...KIALO_ROOT_WORDS.thesis].join("|")})[ \\t\\u00a0\\u202f]?:(?:[ \\t]|\\r?$)`,
  "m",
);
const ARGDOWN_HINTS = [
  /^[ \t]*\[[^\]\n]+\]:/m, // [Statement]: text
  /^[ \t]*<[^>\n]+>:[ \t]/m, // <Argument>: text
  /^[ \t]*(?:<?[+\-_]|[+\-_]>|><)[ \t]+[[<]/m, // relation lines: + [S], <- <A>, _> [S], >< [S]
  /^[ \t]*\(\d+\)[ \t]+\S/m, // (1) premise
  /^===[ \t]*\r?$/m, // YAML front matter
];

/** The part of a file name after its last dot, lower-cased. */
function extension(fileName: string | null): string {
  if (!fileName) return "";
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return m ? m[1]!.toLowerCase() : "";
}

/** Sniff a JSON text (only its first 64 KB are read, and it is not parsed). */
function sniffJson(head: string): ImportFormat | null {
  if (/"clash"\s*:\s*"debate"/.test(head) && /"schemaVersion"\s*:/.test(head)) return "json";
  if (/"(?:AIF|aif)"\s*:\s*\{/.test(head)) return "aif";
  if (/"nodes"\s*:\s*\[/.test(head) && /"nodeID"\s*:/.test(head) && /"type"\s*:/.test(head)) return "aif";
  if (/"edges"\s*:\s*\[/.test(head) && /"fromID"\s*:/.test(head)) return "aif";
  return null;
}

/**
 * Which format a file is in, from its name and its content; null when it cannot tell.
 * Content wins over the extension when the content is unambiguous (a `.txt` holding Argdown,
 * a `.json` without the Clash marker that is AIF).
 */
export function detectFormat(fileName: string | null, content: string): ImportFormat | null {
  const ext = extension(fileName);
  const head = content.slice(0, 65_536).replace(/^\uFEFF/, "");
  const trimmed = head.trimStart();

  // Clash and AIF documents are JSON objects ("[" at the start is more likely an Argdown statement).
  if (trimmed.startsWith("{") || ext === "json") {
    const sniffed = sniffJson(head);
    if (sniffed) return sniffed;
    return null; // JSON we do not know (or not JSON at all despite the extension)
  }
  if (KIALO_TITLE.test(head) || KIALO_LINE.test(head)) return "kialo";
  if (ext === "argdown" || ext === "ad") return "argdown";
  if (ARGDOWN_HINTS.some((re) => re.test(head))) return "argdown";
  return null;
}
