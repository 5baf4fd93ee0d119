// The styles part a written .docx carries: Verbatim's ids, names and aliases, so Word with the
// Verbatim template recognises tags, cites and layers (Navigation Pane, Send to Speech, shortcuts).
// Sizes are half-points, as OOXML writes them.

export const VERBATIM_STYLE_IDS = {
  pocket: "Heading1",
  hat: "Heading2",
  block: "Heading3",
  tag: "Heading4",
  cite: "Style13ptBold",
  underline: "StyleUnderline",
  emphasis: "Emphasis",
} as const;

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function heading(level: number, alias: string, size: number, extraPPr: string): string {
  return (
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>` +
    `<w:aliases w:val="${alias}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/>` +
    `<w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>${extraPPr}` +
    `<w:spacing w:before="40" w:after="0"/><w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
    `<w:rPr><w:b/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`
  );
}

export const VERBATIM_STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:styles xmlns:w="${W}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>` +
  `<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  heading(
    1,
    "Pocket",
    52,
    `<w:pageBreakBefore/><w:pBdr><w:top w:val="double" w:sz="4" w:space="1" w:color="auto"/><w:bottom w:val="double" w:sz="4" w:space="1" w:color="auto"/></w:pBdr><w:jc w:val="center"/>`,
  ) +
  heading(
    2,
    "Hat",
    44,
    `<w:pageBreakBefore/><w:pBdr><w:top w:val="single" w:sz="4" w:space="1" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr><w:jc w:val="center"/>`,
  ) +
  heading(3, "Block", 32, `<w:pageBreakBefore/><w:jc w:val="center"/>`) +
  heading(4, "Tag", 26, "") +
  `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
  `<w:style w:type="character" w:styleId="Style13ptBold"><w:name w:val="Style 13 pt Bold"/><w:aliases w:val="Cite"/>` +
  `<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="1"/><w:qFormat/><w:rPr><w:b/><w:bCs/><w:sz w:val="26"/></w:rPr></w:style>` +
  `<w:style w:type="character" w:styleId="StyleUnderline"><w:name w:val="Style Underline"/><w:aliases w:val="Underline"/>` +
  `<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="1"/><w:qFormat/><w:rPr><w:sz w:val="22"/><w:u w:val="single"/></w:rPr></w:style>` +
  `<w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/><w:basedOn w:val="DefaultParagraphFont"/>` +
  `<w:uiPriority w:val="20"/><w:qFormat/><w:rPr><w:b/><w:iCs/><w:sz w:val="22"/><w:u w:val="single"/>` +
  `<w:bdr w:val="single" w:sz="8" w:space="0" w:color="auto"/></w:rPr></w:style>` +
  `</w:styles>`;
