// .docx files built by hand from OOXML text (so the reader is checked against what Word writes,
// not only against what our writer writes): the tests' fixtures beside this file, and the import
// worker's warm-up sample (lib/server/workers/import-worker.ts).
import { strToU8, zipSync } from "fflate";
import { ImportError } from "../types";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const CONTENT_TYPES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

/** A .docx package of a document body (the inside of w:body) and an optional styles part (the inside of w:styles). */
export function ooxmlDocx(body: string, styles: string | null, extra: Record<string, Uint8Array> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "word/document.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:sectPr/></w:body></w:document>`,
    ),
    ...extra,
  };
  if (styles !== null)
    files["word/styles.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">${styles}</w:styles>`,
    );
  return zipSync(files);
}

export const para = (runs: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}${runs}</w:p>`;
export const run = (text: string, rPr = "") =>
  `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
export const styled = (text: string, style: string, more = "") => run(text, `<w:rStyle w:val="${style}"/>${more}`);

/**
 * Styles as a Verbatim file of another version or language could define them: ids that are not
 * Verbatim's (found by name or alias), Verbatim's underline style bold (as some versions have it).
 */
export const ODD_VERBATIM_STYLES =
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
  `<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:aliases w:val="Pocket"/><w:rPr><w:b/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="HatX"><w:name w:val="Hat Style"/><w:aliases w:val="Hat,Hat Char"/></w:style>` +
  `<w:style w:type="paragraph" w:styleId="MyBlock"><w:name w:val="My block"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="berschrift4"><w:name w:val="heading 4"/><w:aliases w:val="Tag,Big card"/><w:rPr><w:b/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="TagSmall"><w:name w:val="Tag small"/><w:basedOn w:val="berschrift4"/></w:style>` +
  `<w:style w:type="character" w:styleId="Style13ptBold1"><w:name w:val="Style 13 pt Bold"/><w:aliases w:val="Cite"/><w:rPr><w:b/></w:rPr></w:style>` +
  `<w:style w:type="character" w:styleId="UL"><w:name w:val="Style Bold Underline"/><w:aliases w:val="Underline"/><w:rPr><w:b/><w:u w:val="single"/></w:rPr></w:style>` +
  `<w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/><w:rPr><w:b/><w:u w:val="single"/><w:bdr w:val="single" w:sz="8" w:space="0" w:color="auto"/></w:rPr></w:style>`;

/** A Verbatim file with every construct, by hand. */
export function handVerbatimDocx(): Uint8Array {
  const body = [
    para(run("Stray text before any tag"), "Normal"),
    para(run("Aff"), "berschrift1"),
    para(run("Warming"), "HatX"),
    para(run("Impact block"), "MyBlock"),
    para(run("Warming causes extinction"), "berschrift4"),
    para(styled("Swerdlow 15", "Style13ptBold1") + run(" [Jeffrey, prof of ecology, 2015, “Title”, https://x.test/a]")),
    para(
      run("The planet ", `<w:sz w:val="16"/>`) +
        styled("will ", "UL") +
        styled("not", "UL", `<w:highlight w:val="yellow"/>`) +
        styled(" survive", "Emphasis", `<w:highlight w:val="yellow"/>`) +
        run(" [warming] ") +
        `<w:hyperlink r:id="rId9">${run("linked", `<w:u w:val="single"/>`)}</w:hyperlink>` +
        `<w:del>${`<w:r><w:delText>deleted</w:delText></w:r>`}</w:del>` +
        run(" end", `<w:shd w:val="clear" w:color="auto" w:fill="00FFFF"/>`),
    ),
    para(""),
    para(run("Second para ") + styled("cyan", "UL", `<w:highlight w:val="cyan"/>`) + run("\u00a0tail")),
    para(run("They concede the link"), "TagSmall"),
    para(run("Another card"), "berschrift4"),
    para(styled("Doe 20", "Style13ptBold1") + run(" [Jane]")),
    `<w:tbl><w:tr><w:tc>${para(styled("in a table", "UL"))}</w:tc></w:tr></w:tbl>`,
  ].join("");
  return ooxmlDocx(body, ODD_VERBATIM_STYLES, { "word/vbaProject.bin": strToU8("MACRO") });
}

/** A plain Word file: no Verbatim styles, bold tags, bold short cite, direct underline, bold and highlight. */
export function plainWordDocx(): Uint8Array {
  const body = [
    para(run("Heading one"), "Heading1"),
    para(run("Plain tag in bold", "<w:b/>")),
    para(run("Smith 19", "<w:b/>") + run(", Professor, Some Journal")),
    para(
      run("Body with ") +
        run("underlined", `<w:u w:val="single"/>`) +
        run(" and ") +
        run("bold", "<w:b/>") +
        run(" and ") +
        run("lit", `<w:highlight w:val="green"/>`),
    ),
    para(run("An analytic in bold", "<w:b/>")),
  ].join("");
  return ooxmlDocx(body, `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>`);
}

/** The ImportError `f` refuses with (any other error, or none, fails the test). */
export function refusal(f: () => unknown): ImportError {
  try {
    f();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}
