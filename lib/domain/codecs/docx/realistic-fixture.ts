// A .docx shaped like one Word saves from Verbatim's template, to check the reader against what
// real files hold rather than what our writer writes: the whole package (content types,
// relationships, settings, styles, document), Verbatim's own style definitions, a table of
// contents field in a content control, and the markup Word sprinkles through a body (bookmarks,
// proofing marks, rendered page breaks, smart tags, hyperlinks, alternate content for a drawing).
//
// The style definitions of Heading4 (Tag), Style13ptBold (Cite), StyleUnderline (Underline) and
// Emphasis are Verbatim 6's (Debate.dotm, ashtarcommunications/verbatim, GPL-3.0), as quoted in
// public notes on Verbatim's template found through the code search; Emphasis carries the box
// border ("EmphasisBox" in Verbatim's settings) that teams often turn on. Heading1–3 follow the
// same notes (Pocket boxed and centred on a new page; sizes 26, 22 and 16 pt from Verbatim's
// settings form). The body's run patterns copy those quoted from camp files (8 pt shrink by
// direct w:sz 16, direct highlighting, the paragraph mark styled StyleUnderline).
import { strToU8, zipSync } from "fflate";

const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  wp: "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  wps: "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
  v: "urn:schemas-microsoft-com:vml",
  w14: "http://schemas.microsoft.com/office/word/2010/wordml",
};
const DOC_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n`;

const heading = (level: 1 | 2 | 3 | 4, alias: string, sz: number, pPr: string) =>
  `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:aliases w:val="${alias}"/>` +
  `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading${level}Char"/><w:uiPriority w:val="${level - 1}"/><w:qFormat/>` +
  `<w:pPr><w:keepNext/><w:keepLines/>${pPr}<w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
  `<w:rPr><w:rFonts w:eastAsiaTheme="majorEastAsia" w:cstheme="majorBidi"/><w:b/><w:iCs/><w:sz w:val="${sz}"/></w:rPr></w:style>` +
  `<w:style w:type="character" w:customStyle="1" w:styleId="Heading${level}Char"><w:name w:val="Heading ${level} Char"/>` +
  `<w:aliases w:val="${alias} Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading${level}"/><w:uiPriority w:val="${level - 1}"/>` +
  `<w:rPr><w:rFonts w:eastAsiaTheme="majorEastAsia" w:cstheme="majorBidi"/><w:b/><w:iCs/><w:sz w:val="${sz}"/></w:rPr></w:style>`;

const BOX = ["top", "left", "bottom", "right"]
  .map((side, i) => `<w:${side} w:val="single" w:sz="24" w:space="${i % 2 ? 4 : 1}" w:color="auto"/>`)
  .join("");

/** Verbatim's styles, and the ones Word adds to any document (Normal, the TOC styles, Hyperlink). */
export const VERBATIM_STYLES_XML =
  XML_HEAD +
  `<w:styles xmlns:w="${NS.w}" xmlns:mc="${NS.mc}" xmlns:w14="${NS.w14}" mc:Ignorable="w14">` +
  `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>` +
  `<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376">` +
  `<w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/><w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/>` +
  `<w:lsdException w:name="toc 1" w:semiHidden="1" w:uiPriority="39" w:unhideWhenUsed="1"/></w:latentStyles>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>` +
  `<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/></w:rPr></w:style>` +
  heading(1, "Pocket", 52, `<w:pageBreakBefore/><w:pBdr>${BOX}</w:pBdr><w:jc w:val="center"/>`) +
  heading(2, "Hat", 44, `<w:pageBreakBefore/><w:jc w:val="center"/>`) +
  heading(3, "Block", 32, `<w:jc w:val="center"/>`) +
  heading(4, "Tag", 26, `<w:spacing w:before="40" w:after="0"/>`) +
  `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>` +
  `<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
  `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>` +
  `<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/></w:tblPr></w:style>` +
  `<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
  `<w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/><w:basedOn w:val="DefaultParagraphFont"/>` +
  `<w:uiPriority w:val="8"/><w:qFormat/><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:b/><w:i w:val="0"/>` +
  `<w:iCs/><w:sz w:val="22"/><w:u w:val="single"/><w:bdr w:val="single" w:sz="8" w:space="0" w:color="auto"/></w:rPr></w:style>` +
  `<w:style w:type="character" w:customStyle="1" w:styleId="Style13ptBold"><w:name w:val="Style 13 pt Bold"/><w:aliases w:val="Cite"/>` +
  `<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="6"/><w:qFormat/><w:rPr><w:b/><w:bCs/><w:sz w:val="26"/><w:u w:val="none"/></w:rPr></w:style>` +
  `<w:style w:type="character" w:customStyle="1" w:styleId="StyleUnderline"><w:name w:val="Style Underline"/><w:aliases w:val="Underline"/>` +
  `<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="7"/><w:qFormat/><w:rPr><w:b w:val="0"/><w:sz w:val="22"/><w:u w:val="single"/></w:rPr></w:style>` +
  `<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/>` +
  `<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>` +
  // Word's own: the TOC heading is based on Heading 1 but sits at body level (outline 9), not in the outline.
  `<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/>` +
  `<w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:pageBreakBefore w:val="0"/><w:outlineLvl w:val="9"/></w:pPr></w:style>` +
  [1, 2, 3, 4]
    .map(
      (n) =>
        `<w:style w:type="paragraph" w:styleId="TOC${n}"><w:name w:val="toc ${n}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>` +
        `<w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/><w:ind w:left="${(n - 1) * 220}"/></w:pPr></w:style>`,
    )
    .join("") +
  `</w:styles>`;

// ---------- the body ----------

const t = (text: string) => `<w:t xml:space="preserve">${text}</w:t>`;
const r = (text: string, rPr = "") => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}${t(text)}</w:r>`;
const SHRUNK = `<w:sz w:val="16"/><w:szCs w:val="16"/>`;
const small = (text: string) => r(text, SHRUNK);
const ul = (text: string, more = "") => r(text, `<w:rStyle w:val="StyleUnderline"/>${more}`);
const em = (text: string, more = "") => r(text, `<w:rStyle w:val="Emphasis"/>${more}`);
const cite = (text: string) => r(text, `<w:rStyle w:val="Style13ptBold"/>`);
const YELLOW = `<w:highlight w:val="yellow"/>`;
const CYAN = `<w:highlight w:val="cyan"/>`;
const p = (style: string | null, content: string, pPrMore = "") =>
  `<w:p w14:paraId="1A2B3C4D" w14:textId="77777777" w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3">` +
  (style || pPrMore ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}${pPrMore}</w:pPr>` : "") +
  content +
  `</w:p>`;
// The paragraph mark formatted as Verbatim leaves it: this formats the mark only, never the runs.
const BODY_MARK = `<w:rPr><w:rStyle w:val="StyleUnderline"/></w:rPr>`;
const fld = (type: "begin" | "separate" | "end") => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
const instr = (code: string) => `<w:r><w:instrText xml:space="preserve"> ${code} </w:instrText></w:r>`;
const tocEntry = (level: number, anchor: string, text: string, page: number, first = false, last = false) =>
  p(
    `TOC${level}`,
    (first ? fld("begin") + instr(`TOC \\o "1-4" \\h \\z \\u`) + fld("separate") : "") +
      `<w:hyperlink w:anchor="${anchor}" w:history="1">${r(text, `<w:rStyle w:val="Hyperlink"/><w:noProof/>`)}` +
      `<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:tab/></w:r>` +
      fld("begin") +
      instr(`PAGEREF ${anchor} \\h`) +
      fld("separate") +
      r(String(page), `<w:noProof/><w:webHidden/>`) +
      fld("end") +
      `</w:hyperlink>`,
    `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9350"/></w:tabs><w:rPr><w:noProof/></w:rPr>`,
  ) + (last ? p(null, fld("end")) : "");
const bookmark = (id: number, name: string, inner: string) =>
  `<w:bookmarkStart w:id="${id}" w:name="${name}"/>${inner}<w:bookmarkEnd w:id="${id}"/>`;

/** A drawing with a text box, as Word writes it: the DrawingML choice and the VML fallback hold the same words. */
const TEXT_BOX =
  `<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>` +
  `<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
  `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>` +
  `<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="1828800" cy="457200"/>` +
  `<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Text Box 1"/>` +
  `<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>` +
  `<w:p>${r("Figure 1: tipping points")}</w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>` +
  `</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="width:2in;height:36pt" xmlns:o="urn:schemas-microsoft-com:office:office">` +
  `<v:textbox><w:txbxContent><w:p>${r("Figure 1: tipping points")}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;

/** What the file holds, for the test: the cards' text and the words under each layer. */
export const REALISTIC = {
  pocket: "1AC — Warming",
  hat: "Advantage 1: Warming",
  blocks: ["Warming impacts", "Solvency"],
  tags: [
    "Warming causes extinction — tipping points cascade",
    "Emissions cuts this decade solve",
    "Cuts are feasible now",
  ],
  analytic: "They concede warming is real — extend Swerdlow",
  cites: [
    "Jeffrey Swerdlow 15 [Jeffrey Swerdlow, professor of ecology at MIT, 3-4-2015, “The Cascade,” Nature Climate, https://nature.test/cascade]",
    "Lemon 20 (Tim Lemon, Exeter climate fellow, 2020, “Cuts Now,” Exeter Review, https://exeter.test/cuts)",
    "Park 21 [Sun Park, energy economist, 2021, “Cheap Power”]",
  ],
  shortCites: ["Swerdlow 15", "Lemon 20", "Park 21"],
  bodies: [
    "Scientists warn that warming past two degrees would, in most models, trigger cascading tipping points across the Arctic and Amazon within decades.\n" +
      "Each tipping point feeds the next, and extinction follows.",
    "Emissions cuts this decade are the only lever left.",
    "Solar is now the cheapest power in history.",
  ],
};

function documentXml(): string {
  const body = [
    // The table of contents, in its content control, as Word inserts it; its entries are hyperlinks with PAGEREF fields.
    `<w:sdt><w:sdtPr><w:id w:val="-1195534237"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>` +
      `<w:sdtContent>` +
      p("TOCHeading", r("Contents")) +
      tocEntry(1, "_Toc1", REALISTIC.pocket, 1, true) +
      tocEntry(3, "_Toc3", REALISTIC.blocks[0]!, 2) +
      tocEntry(4, "_Toc4", REALISTIC.tags[0]!, 2, false, true) +
      `</w:sdtContent></w:sdt>`,
    p("Heading1", bookmark(0, "_Toc1", r(REALISTIC.pocket))),
    p("Heading2", bookmark(1, "_Toc2", r(REALISTIC.hat))),
    p("Heading3", `<w:r><w:lastRenderedPageBreak/>${t(REALISTIC.blocks[0]!)}</w:r>`),
    p(
      "Heading4",
      bookmark(
        2,
        "_Toc4",
        r("Warming causes extinction — tipping points ") +
          `<w:proofErr w:type="gramStart"/>` +
          r("cascade") +
          `<w:proofErr w:type="gramEnd"/>`,
      ),
    ),
    // Northwestern's pattern: first name plain, "Last YY" in the Cite style, the full cite plain, its URL a hyperlink.
    p(
      null,
      r("Jeffrey ") +
        cite("Swerdlow 15") +
        r(" [Jeffrey Swerdlow, professor of ecology at MIT, 3-4-2015, “The Cascade,” Nature Climate, ") +
        `<w:hyperlink r:id="rId8" w:history="1">${r("https://nature.test/cascade", `<w:rStyle w:val="Hyperlink"/>`)}</w:hyperlink>` +
        r("]"),
    ),
    p(
      null,
      small("Scientists warn that ") +
        ul("warming") +
        ul(" past two degrees", YELLOW) +
        small(" would, in most models, ") +
        em("trigger cascading tipping points", YELLOW) +
        bookmark(3, "_Ref1", small(" across ")) +
        `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">${ul("the Arctic", YELLOW)}</w:smartTag>` +
        `<w:proofErr w:type="spellStart"/>` +
        ul(" and Amazon", CYAN) +
        `<w:proofErr w:type="spellEnd"/>` +
        TEXT_BOX +
        small(" within decades."),
      BODY_MARK,
    ),
    p(
      null,
      `<w:r><w:rPr><w:rStyle w:val="StyleUnderline"/></w:rPr><w:lastRenderedPageBreak/>${t("Each tipping point ")}</w:r>` +
        em("feeds the next") +
        small(", and ") +
        ul("extinction follows", YELLOW) +
        small("."),
      BODY_MARK,
    ),
    // A tag with no cite and no text under it: an analytic.
    p("Heading4", r(REALISTIC.analytic)),
    p("Heading4", r(REALISTIC.tags[1]!)),
    // Berkeley's pattern: the short cite split across Cite runs, then a parenthetical full cite.
    p(
      null,
      cite("Lemon ") +
        cite("20") +
        r(" (Tim Lemon, Exeter climate fellow, 2020, “Cuts Now,” Exeter Review, ") +
        r("https://exeter.test/cuts") +
        r(")"),
    ),
    p(
      null,
      `<w:hyperlink r:id="rId9" w:history="1">${ul("Emissions cuts this decade", YELLOW)}</w:hyperlink>` +
        small(" are ") +
        em("the only lever", CYAN) +
        small(" left."),
      BODY_MARK,
    ),
    p("Heading3", r(REALISTIC.blocks[1]!)),
    p("Heading4", r(REALISTIC.tags[2]!)),
    // Michigan's pattern: the cite paragraph's mark shrunk, the short cite followed by a bracketed full cite.
    p(null, cite("Park 21") + r(" [Sun Park, energy economist, 2021, “Cheap Power”]"), `<w:rPr>${SHRUNK}</w:rPr>`),
    p(
      null,
      ul("Solar is now ", YELLOW) + em("the cheapest", YELLOW) + ul(" power in history", YELLOW) + small("."),
      BODY_MARK,
    ),
  ].join("");
  return (
    XML_HEAD +
    `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" xmlns:wp="${NS.wp}" xmlns:a="${NS.a}" ` +
    `xmlns:wps="${NS.wps}" xmlns:v="${NS.v}" xmlns:w14="${NS.w14}" mc:Ignorable="w14 wp14">` +
    `<w:body>${body}<w:sectPr w:rsidR="00A1B2C3"><w:pgSz w:w="12240" w:h="15840"/>` +
    `<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>` +
    `<w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>`
  );
}

/** The package, part by part, as Word lays it out. */
export function realisticVerbatimDocx(): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      XML_HEAD +
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="${DOC_CT}.document.main+xml"/>` +
        `<Override PartName="/word/styles.xml" ContentType="${DOC_CT}.styles+xml"/>` +
        `<Override PartName="/word/settings.xml" ContentType="${DOC_CT}.settings+xml"/>` +
        `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
        `</Types>`,
    ),
    "_rels/.rels": strToU8(
      XML_HEAD +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
        `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
        `</Relationships>`,
    ),
    "docProps/core.xml": strToU8(
      XML_HEAD +
        `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
        `<dc:creator>Debater</dc:creator><cp:lastModifiedBy>Debater</cp:lastModifiedBy></cp:coreProperties>`,
    ),
    "word/_rels/document.xml.rels": strToU8(
      XML_HEAD +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/settings" Target="settings.xml"/>` +
        `<Relationship Id="rId8" Type="${REL}/hyperlink" Target="https://nature.test/cascade" TargetMode="External"/>` +
        `<Relationship Id="rId9" Type="${REL}/hyperlink" Target="https://exeter.test/cuts" TargetMode="External"/>` +
        `</Relationships>`,
    ),
    "word/settings.xml": strToU8(
      XML_HEAD +
        `<w:settings xmlns:w="${NS.w}"><w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/>` +
        `<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
        `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
        `<w:attachedTemplate r:id="rId1" xmlns:r="${NS.r}"/></w:settings>`,
    ),
    "word/styles.xml": strToU8(VERBATIM_STYLES_XML),
    "word/document.xml": strToU8(documentXml()),
  });
}
