// The import worker: one task = parse and plan one uploaded file, off the server's event loop;
// the named tasks `reanchor` (a big source's cards after an edit) and `evaluateGraph` (a big
// debate's statuses and ballot) and `encodeExport` (a big debate's download) keep the other
// CPU-heavy paths off it too.
// Bundled by scripts/build-workers.mjs into generated/workers/import-worker.mjs (a plain ES module
// that Node loads in a worker thread). The pool terminates this thread when a task runs out of
// time or is cancelled, so nothing here needs to check for either.
import { reanchorAll, type AnchorResult, type QuoteAnchor } from "@/lib/domain/anchoring";
import { judgeDebate } from "@/lib/domain/ballot";
import { strToU8 } from "fflate";
import { encodeDownload } from "@/lib/domain/codecs/download";
import { ooxmlDocx, para, run, styled } from "@/lib/domain/codecs/docx/fixtures";
import { VERBATIM_STYLES_XML } from "@/lib/domain/codecs/docx/verbatim-styles";
import { parseAndPlan, type ParseInput, type ParsePlanResult } from "../imports/parse-plan";

export default function importTask(task: ParseInput): ParsePlanResult {
  return parseAndPlan(task);
}

/**
 * A small Argdown map of the shapes files hold (front matter, statements and arguments with tags,
 * premises and a conclusion, relations, a link, a heading), read and planned once when a thread
 * starts ahead of its task (warmWorkers): the parser's and planner's code is then compiled before
 * the user's file arrives, which is most of a small file's first import on a fresh thread.
 */
const SAMPLE = [
  "===",
  "title: Warm-up",
  "===",
  "",
  "# Section",
  "",
  "[Claim]: A claim with a [link](https://example.org) and *emphasis*. #pro #1AC #role-harms",
  "  + <Reason>: An argument for it. #pro",
  "  - [Objection]: A statement against it. #con #1NC",
  "    -> [Claim]",
  "",
  "<Reason>",
  "",
  "(1) [Premise]: A premise.",
  "(2) Another premise. #evidence",
  "----",
  "(3) [Claim]",
  "",
].join("\n");

/** A Verbatim file of a block and one cut card: Word's reader (unzip, XML, styles, cards) warmed the same way. */
export function sampleDocx(): Uint8Array {
  const body =
    para(run("Warm-up block"), "Heading3") +
    para(run("A tag"), "Heading4") +
    para(styled("Smith 20", "Style13ptBold") + run(" [Jo Smith, 2020]")) +
    para(
      run("Card text ", `<w:sz w:val="16"/>`) +
        styled("underlined", "StyleUnderline", `<w:highlight w:val="yellow"/>`) +
        run(" [sic] and ") +
        styled("emphasised", "Emphasis"),
    );
  return ooxmlDocx(body, null, { "word/styles.xml": strToU8(VERBATIM_STYLES_XML) });
}

/**
 * Read and plan SAMPLE and a small Word file: a thread started ahead of its task (warmWorkers) is
 * ready once this returns. (A 100-argument Word file's first read on the warmed thread: median 64
 * ms of six, against 76 ms warmed with the Argdown sample alone; its next reads 21–47 ms.) Returns
 * the rows planned; throws if a sample no longer reads (warmWorkers ignores it).
 */
export function warm(): number {
  let rows = 0;
  for (const file of [
    { format: "argdown" as const, text: SAMPLE, fileName: "warm-up.argdown" },
    { format: "docx" as const, text: sampleDocx(), fileName: "warm-up.docx" },
  ]) {
    const r = parseAndPlan(file);
    if (!r.ok) throw new Error(`the warm-up sample was refused: ${r.refusal.message}`);
    rows += r.value.plan.nodes.length + r.value.plan.edges.length;
  }
  return rows;
}

/** Nothing: a task run on an idle thread so that piscina starts its idle timeout again (warmWorkers). */
export function ping(): true {
  return true;
}

/** Re-find a source's cards in its new text (the heavy half of a big source edit). */
export function reanchor(task: { text: string; anchors: QuoteAnchor[] }): AnchorResult[] {
  return reanchorAll(task.text, task.anchors);
}

/** Evaluate a big debate: every argument's status and the ballot. */
export const evaluateGraph = judgeDebate;

/** Encode a big debate for download: a text format, or a Verbatim .docx of a selection. */
export const encodeExport = encodeDownload;
