// Refusing a file plainly: an empty file, a file in another format than the one chosen, a file
// that reads but yields no argument. Each refusal names the reason in the user's terms, never a
// parser's exception text.
import { detectFormat } from "./detect";
import { FORMAT_NAMES } from "./formats";
import { ImportError, type ImportFormat, type ImportedGraph } from "./types";

/** What each format's file must hold, said when a file of that format yields nothing. */
const NOTHING_FOUND: Record<ImportFormat, string> = {
  json: "no arguments found in this Clash JSON file",
  argdown:
    "no Argdown statements or arguments found: Argdown writes a statement as '[Title]: text', an argument as '<Title>: text', and relations as lines such as '+ [Title]'",
  aif: 'no AIF claims found: an AIF file lists its claims as nodes of type "I" in "nodes"',
  kialo:
    "no Kialo lines found: a Kialo export starts with 'Discussion Title:' (or 'Discussion Name:') and numbers each claim ('1.1. Pro: …')",
  docx: "no tags, cards or analytics found: Clash reads a card as a Tag (heading 4) paragraph, then a cite paragraph, then the card text",
};

/** The content's own format, when it is clearly not `chosen` (JSON markers, Kialo's title line, Argdown syntax). */
export function looksLike(chosen: ImportFormat, text: string): ImportFormat | null {
  const seen = detectFormat(null, text);
  return seen && seen !== chosen ? seen : null;
}

function wrongFormat(chosen: ImportFormat, seen: ImportFormat): ImportError {
  return new ImportError(
    "wrong_format",
    `this file looks like ${FORMAT_NAMES[seen]}, not ${FORMAT_NAMES[chosen]}: import it as ${FORMAT_NAMES[seen]} (${seen})`,
    { chosen, looksLike: seen },
  );
}

/** Before parsing: an empty or blank file, or one whose structure is unmistakably another format's. */
export function refuseBeforeParse(format: ImportFormat, text: string): void {
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    throw new ImportError("empty", `the file is empty: there is nothing to import as ${FORMAT_NAMES[format]}`);
  }
  const seen = looksLike(format, text);
  // JSON markers and Kialo's title line cannot be another format's content; Argdown's hints can
  // (a Kialo claim may contain "[x]:"), so Argdown is only named when the chosen parser failed.
  if (seen && seen !== "argdown") throw wrongFormat(format, seen);
}

/** After a parse failure: say which format the content looks like, when it looks like one. */
export function refuseAfterFailure(format: ImportFormat, text: string, err: ImportError): ImportError {
  if (err.kind !== "malformed") return err;
  const seen = looksLike(format, text);
  return seen ? wrongFormat(format, seen) : err;
}

/**
 * After a parse: a file that yields no argument is refused, except an empty Clash JSON debate (a
 * debate with no arguments yet exports as exactly that, and must import back).
 */
export function refuseEmptyGraph(format: ImportFormat, text: string, graph: ImportedGraph): void {
  if (graph.nodes.length > 0 || format === "json") return;
  const seen = looksLike(format, text);
  if (seen) throw wrongFormat(format, seen);
  const skipped = graph.report.skipped.reduce((n, s) => n + s.count, 0);
  throw new ImportError(
    "no_arguments",
    NOTHING_FOUND[format] + (skipped > 0 ? ` (${skipped} ${skipped === 1 ? "item" : "items"} could not be used)` : ""),
    { skipped: graph.report.skipped },
  );
}
