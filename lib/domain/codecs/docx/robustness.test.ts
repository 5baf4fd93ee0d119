// What real Verbatim and Word files hold that hand-made fixtures often do not: each construct as
// Word (or another writer) lays it out, and what the reader must make of it.
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ooxmlDocx, para, refusal, run, styled } from "./fixtures";
import { importDocx } from "./import";
import { readVerbatimDocx } from "./read";
import type { VerbatimCard, VerbatimDoc } from "./types";
import { VERBATIM_STYLES_XML } from "./verbatim-styles";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A body with Verbatim's styles (the writer's styles part). */
const verbatim = (body: string, extra: Record<string, Uint8Array> = {}) =>
  ooxmlDocx(body, null, { "word/styles.xml": strToU8(VERBATIM_STYLES_XML), ...extra });
const tag = (text: string) => para(run(text), "Heading4");
const cite = (short: string, rest = "") => para(styled(short, "Style13ptBold") + (rest ? run(rest) : ""));
const cards = (d: VerbatimDoc) => d.items.filter((i): i is VerbatimCard => i.type === "card");
const one = (d: VerbatimDoc) => {
  const c = cards(d);
  expect(c).toHaveLength(1);
  return c[0]!;
};
const under = (c: VerbatimCard, rs: readonly { start: number; end: number }[]) =>
  rs.map((r) => c.body.slice(r.start, r.end));

/** A package relationships part with one relationship. */
const rels = (target: string, type = `${REL}/officeDocument`) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${type}" Target="${target}"/></Relationships>`;

describe("runs as Word splits and fills them", () => {
  it("reads tabs, breaks, hyphens and symbols; drops soft hyphens; keeps smart quotes and no-break spaces", () => {
    const body =
      `<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:noBreakHyphen/><w:t>d</w:t>` +
      `<w:softHyphen/><w:t>e</w:t><w:sym w:font="Symbol" w:char="2192"/><w:t xml:space="preserve"> “f”\u00a0g </w:t></w:r>`;
    const c = one(readVerbatimDocx(verbatim(tag("T") + cite("Smith 20") + para(body))));
    expect(c.body).toBe("a\tb c-de→ “f”\u00a0g ");
  });

  it("joins runs split by proofing marks, bookmarks, language changes and comment ranges", () => {
    const body =
      `<w:proofErr w:type="spellStart"/>${styled("Stra", "StyleUnderline")}<w:proofErr w:type="spellEnd"/>` +
      `<w:bookmarkStart w:id="1" w:name="x"/>${styled("te", "StyleUnderline", `<w:lang w:val="en-GB"/>`)}<w:bookmarkEnd w:id="1"/>` +
      `<w:commentRangeStart w:id="0"/>${styled("gy", "StyleUnderline")}<w:commentRangeEnd w:id="0"/>` +
      `<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>` +
      run(" wins") +
      `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>`;
    const c = one(readVerbatimDocx(verbatim(tag("T") + cite("Smith 20") + para(body))));
    expect(c.body).toBe("Strategy wins");
    expect(under(c, c.underline)).toEqual(["Strategy"]);
  });

  it("keeps a complex field's result, never its instruction, even when the instruction is in w:t", () => {
    const body =
      run("see ") +
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://x.test" </w:instrText></w:r>` +
      `<w:r><w:t>HYPERLINK junk</w:t></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
      run("the link") +
      `<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
      `<w:fldSimple w:instr=" PAGE ">${run(" 3")}</w:fldSimple>`;
    const c = one(readVerbatimDocx(verbatim(tag("T") + cite("Smith 20") + para(body))));
    expect(c.body).toBe("see the link 3");
  });

  it("keeps insertions and moved-to text, drops deletions and moved-from text", () => {
    const body =
      run("kept ") +
      `<w:ins w:id="1" w:author="A">${run("inserted ")}</w:ins>` +
      `<w:del w:id="2" w:author="A"><w:r><w:delText>deleted </w:delText></w:r></w:del>` +
      `<w:moveFrom w:id="3" w:author="A">${run("moved ")}</w:moveFrom>` +
      `<w:moveTo w:id="4" w:author="A">${run("moved")}</w:moveTo>`;
    const c = one(readVerbatimDocx(verbatim(tag("T") + cite("Smith 20") + para(body))));
    expect(c.body).toBe("kept inserted moved");
  });

  it("reads one branch of alternate content (not both), and content controls, smart tags and custom XML inline", () => {
    const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    const body =
      `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="w14">${run("one")}</mc:Choice>` +
      `<mc:Fallback>${run("one")}</mc:Fallback></mc:AlternateContent>` +
      `<w:sdt><w:sdtPr><w:id w:val="1"/></w:sdtPr><w:sdtContent>${run(" two")}</w:sdtContent></w:sdt>` +
      `<w:smartTag w:element="place">${run(" three")}</w:smartTag>` +
      `<w:customXml w:element="x">${run(" four")}</w:customXml>` +
      `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"/></w:drawing></w:r>`;
    const c = one(readVerbatimDocx(verbatim(tag("T") + cite("Smith 20") + para(body))));
    expect(c.body).toBe("one two three four");
  });

  it("reads paragraphs in alternate content at block level once", () => {
    const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    const body = `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="w14">${para(run("text"))}</mc:Choice><mc:Fallback>${para(run("text"))}</mc:Fallback></mc:AlternateContent>`;
    const c = one(readVerbatimDocx(verbatim(tag("T") + cite("Smith 20") + body)));
    expect(c.body).toBe("text");
  });
});

describe("Verbatim's styles as real files carry them", () => {
  it("takes a paragraph in the Tag's linked character style (Heading 4 Char) as a tag", () => {
    const styles =
      `<w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/><w:aliases w:val="Tag"/><w:link w:val="Heading4Char"/></w:style>` +
      `<w:style w:type="character" w:customStyle="1" w:styleId="Heading4Char"><w:name w:val="Heading 4 Char"/><w:aliases w:val="Tag Char"/><w:link w:val="Heading4"/><w:rPr><w:b/></w:rPr></w:style>` +
      `<w:style w:type="character" w:customStyle="1" w:styleId="Style13ptBold"><w:name w:val="Style 13 pt Bold"/><w:aliases w:val="Cite"/><w:rPr><w:b/></w:rPr></w:style>`;
    const d = readVerbatimDocx(
      ooxmlDocx(para(styled("Pasted tag", "Heading4Char")) + cite("Smith 20") + para(run("text")), styles),
    );
    expect(one(d)).toMatchObject({ tag: "Pasted tag", shortCite: "Smith 20", body: "text" });
  });

  it("takes a paragraph with a direct outline level as a heading", () => {
    const p = `<w:p><w:pPr><w:outlineLvl w:val="3"/></w:pPr>${run("Outlined tag")}</w:p>`;
    const d = readVerbatimDocx(verbatim(p + cite("Smith 20") + para(run("text"))));
    expect(one(d)).toMatchObject({ tag: "Outlined tag", body: "text" });
  });

  it("in a Verbatim file, takes a directly bold line as a tag and a cite line starting bold as a cite", () => {
    const body =
      para(run("Bold tag line", `<w:b/><w:sz w:val="26"/>`)) +
      para(run("Smith 20", `<w:b/><w:sz w:val="26"/>`) + run(", Professor, 2020")) +
      para(styled("card text", "StyleUnderline"));
    const c = one(readVerbatimDocx(verbatim(body)));
    expect(c).toMatchObject({ tag: "Bold tag line", cite: "Smith 20, Professor, 2020", shortCite: "Smith 20" });
    expect(c.body).toBe("card text");
    // A first name before the bolded short cite, and bold spaces within it.
    const named = one(
      readVerbatimDocx(
        verbatim(
          tag("T") +
            para(
              run("Jeffrey ") + run("Swerdlow", "<w:b/>") + run(" ", "<w:b/>") + run("15", "<w:b/>") + run(" [Prof]"),
            ) +
            para(run("text")),
        ),
      ),
    );
    expect(named).toMatchObject({ cite: "Jeffrey Swerdlow 15 [Prof]", shortCite: "Swerdlow 15", body: "text" });
    // A bold title further into a plain file's cite line is no short cite.
    const titled = readVerbatimDocx(
      ooxmlDocx(
        para(run("T", "<w:b/>")) + para(run("Smith, J. (2020). ") + run("Title", "<w:b/>")) + para(run("x")),
        null,
      ),
    );
    expect(one(titled)).toMatchObject({ cite: "Smith, J. (2020). Title", shortCite: "" });
  });

  it("reads user styles based on Verbatim's (a tag based on Tag, an underline based on Underline)", () => {
    const styles = VERBATIM_STYLES_XML.replace(
      "</w:styles>",
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="MyTag"><w:name w:val="My tag"/><w:basedOn w:val="Heading4"/></w:style>` +
        `<w:style w:type="character" w:customStyle="1" w:styleId="MyUL"><w:name w:val="My underline"/><w:basedOn w:val="StyleUnderline"/></w:style>` +
        `</w:styles>`,
    );
    const d = readVerbatimDocx(
      ooxmlDocx(para(run("T"), "MyTag") + cite("Smith 20") + para(styled("under", "MyUL")), null, {
        "word/styles.xml": strToU8(styles),
      }),
    );
    const c = one(d);
    expect(c.tag).toBe("T");
    expect(under(c, c.underline)).toEqual(["under"]);
  });

  it("reads Verbatim 6's Analytic as an analytic and its Undertag as part of the tag, the cite under it still found", () => {
    const styles = VERBATIM_STYLES_XML.replace(
      "</w:styles>",
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Analytic"><w:name w:val="Analytic"/><w:link w:val="AnalyticChar"/></w:style>` +
        `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Undertag"><w:name w:val="Undertag"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:sz w:val="24"/></w:rPr></w:style>` +
        `</w:styles>`,
    );
    const body =
      tag("Warming is real") +
      para(run("and it is anthropogenic"), "Undertag") +
      cite("Smith 20", ", Prof") +
      para(styled("text", "StyleUnderline")) +
      para(run("They drop the turn"), "Analytic");
    const d = readVerbatimDocx(ooxmlDocx(body, null, { "word/styles.xml": strToU8(styles) }));
    expect(d.items).toMatchObject([
      { type: "card", tag: "Warming is real and it is anthropogenic", cite: "Smith 20, Prof", body: "text" },
      { type: "analytic", text: "They drop the turn" },
    ]);
  });

  it("reads an older template's cite style (Style 12 pt Bold)", () => {
    const styles = `<w:style w:type="character" w:customStyle="1" w:styleId="Style12ptBold"><w:name w:val="Style 12 pt Bold"/><w:rPr><w:b/></w:rPr></w:style>`;
    const body = para(run("T"), "Heading4") + para(styled("Smith 20", "Style12ptBold") + run(" Prof")) + para(run("x"));
    expect(one(readVerbatimDocx(ooxmlDocx(body, styles)))).toMatchObject({ shortCite: "Smith 20", body: "x" });
  });

  it("takes w:u none, 0 or false as no underline over the Underline style", () => {
    const body = para(
      styled("a", "StyleUnderline", `<w:u w:val="none"/>`) +
        styled("b", "StyleUnderline", `<w:u w:val="0"/>`) +
        styled("c", "StyleUnderline", `<w:u w:val="false"/>`) +
        styled("d", "StyleUnderline"),
    );
    const c = one(readVerbatimDocx(verbatim(tag("T") + cite("Smith 20") + body)));
    expect(under(c, c.underline)).toEqual(["d"]);
  });

  it("reads highlight by shading with a solid pattern", () => {
    const body = para(styled("lit", "StyleUnderline", `<w:shd w:val="solid" w:color="FFFF00"/>`));
    const c = one(readVerbatimDocx(verbatim(tag("T") + cite("Smith 20") + body)));
    expect(c.highlights).toEqual([{ start: 0, end: 3, color: "FFFF00" }]);
  });
});

describe("package quirks", () => {
  const documentXml = (body: string, ns = W, prefix = "w") =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${prefix}:document xmlns:${prefix}="${ns}"><${prefix}:body>${body}</${prefix}:body></${prefix}:document>`;
  const simpleBody = (p = "w") =>
    `<${p}:p><${p}:pPr><${p}:pStyle ${p}:val="Heading4"/></${p}:pPr><${p}:r><${p}:t>Tag</${p}:t></${p}:r></${p}:p>` +
    `<${p}:p><${p}:r><${p}:rPr><${p}:rStyle ${p}:val="Style13ptBold"/></${p}:rPr><${p}:t>Smith 20</${p}:t></${p}:r></${p}:p>` +
    `<${p}:p><${p}:r><${p}:t>text</${p}:t></${p}:r></${p}:p>`;

  it("finds the document through _rels/.rels (another name, a leading slash)", () => {
    const z = zipSync({
      "_rels/.rels": strToU8(rels("/word/document2.xml")),
      "word/document2.xml": strToU8(documentXml(simpleBody())),
    });
    expect(one(readVerbatimDocx(z))).toMatchObject({ tag: "Tag", shortCite: "Smith 20", body: "text" });
  });

  it("finds the styles through the document's relationships", () => {
    const docRels = `<?xml version="1.0"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/styles" Target="styles2.xml"/></Relationships>`;
    const styles = VERBATIM_STYLES_XML.replace(/w:styleId="Heading4"/, 'w:styleId="T4"');
    const body = simpleBody().replace('w:val="Heading4"', 'w:val="T4"');
    const z = zipSync({
      "_rels/.rels": strToU8(rels("word/document2.xml")),
      "word/document2.xml": strToU8(documentXml(body)),
      "word/_rels/document2.xml.rels": strToU8(docRels),
      "word/styles2.xml": strToU8(styles),
    });
    expect(one(readVerbatimDocx(z))).toMatchObject({ tag: "Tag" });
  });

  it("reads parts with a byte order mark, another prefix, the Strict namespace, stored entries", () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    const withBom = (s: string) => new Uint8Array([...bom, ...strToU8(s)]);
    const strictRels = rels(
      "word/document.xml",
      "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
    );
    for (const z of [
      zipSync({ "word/document.xml": withBom(documentXml(simpleBody())) }),
      zipSync({ "word/document.xml": strToU8(documentXml(simpleBody("x"), W, "x")) }),
      zipSync({
        "_rels/.rels": strToU8(strictRels),
        "word/document.xml": strToU8(documentXml(simpleBody(), STRICT_W)),
      }),
      zipSync({ "word/document.xml": [strToU8(documentXml(simpleBody())), { level: 0 }] }),
    ])
      expect(one(readVerbatimDocx(z))).toMatchObject({ tag: "Tag", shortCite: "Smith 20", body: "text" });
  });

  it("reads a part that uses a prefix it never declares; says why a damaged part is not XML", () => {
    const body = simpleBody().replace("<w:r>", `<w:r w14:paraId="1A2B"><w14:unknown/>`);
    expect(one(readVerbatimDocx(zipSync({ "word/document.xml": strToU8(documentXml(body)) })))).toMatchObject({
      tag: "Tag",
    });
    const bad = zipSync({ "word/document.xml": strToU8(documentXml("<w:p><w:r></w:p>")) });
    expect(refusal(() => readVerbatimDocx(bad)).message).toMatch(
      /not well-formed XML \(line 1, column \d+: unexpected close tag\)/,
    );
  });

  it("reads text with characters XML forbids, as writers other than Word leave them (controls, a stray &)", () => {
    const body =
      tag("Tag & more") +
      cite("Smith 20") +
      para(run("a\u000bb\u0000c & d &amp; e\uFFFE") + styled("f\u0001", "StyleUnderline") + run("&#x0B;g&#1;h&#x41;"));
    const c = one(readVerbatimDocx(verbatim(body)));
    expect(c).toMatchObject({ tag: "Tag & more", body: "a bc & d & ef ghA" });
    expect(under(c, c.underline)).toEqual(["f"]);
    // Still refused: markup that is broken, not merely a character out of place.
    const bad = zipSync({ "word/document.xml": strToU8(documentXml("<w:p><w:r>a\u0001</w:p>")) });
    expect(refusal(() => readVerbatimDocx(bad)).message).toMatch(
      /not well-formed XML \(line 1, column \d+: unexpected close tag\)/,
    );
  });

  it("reads a part in UTF-16", () => {
    const text = documentXml(simpleBody()).replace("UTF-8", "UTF-16");
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(one(readVerbatimDocx(zipSync({ "word/document.xml": bytes })))).toMatchObject({ tag: "Tag" });
  });

  it("finds parts whatever the case of their names in the zip", () => {
    const z = zipSync({ "Word/Document.xml": strToU8(documentXml(simpleBody())) });
    expect(one(readVerbatimDocx(z))).toMatchObject({ tag: "Tag" });
  });

  it("reads a zip with data descriptors (sizes after the data, zeros in the local header)", () => {
    const z = zipSync({ "word/document.xml": strToU8(documentXml(simpleBody())) });
    // Set bit 3 and zero the local header's sizes, as streaming writers do; the central directory still has them.
    z[6]! |= 8;
    z.fill(0, 14, 26);
    expect(one(readVerbatimDocx(z))).toMatchObject({ tag: "Tag" });
  });
});

/**
 * A zip of stored entries whose central directory records sizes and offset in a zip64 extra field
 * (0xFFFFFFFF in the record), as .NET's packaging writes some files.
 */
function zip64Stored(files: Record<string, string>): Uint8Array {
  const out: number[] = [];
  const central: number[] = [];
  const le = (n: number, bytes: number) => Array.from({ length: bytes }, (_, i) => Math.floor(n / 256 ** i) % 256);
  let count = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = strToU8(text);
    const nameBytes = [...strToU8(name)];
    const offset = out.length;
    out.push(...le(0x04034b50, 4), ...le(20, 2), 0, 0, 0, 0, 0, 0, 0, 0, ...le(0, 4));
    out.push(...le(data.length, 4), ...le(data.length, 4), ...le(nameBytes.length, 2), 0, 0, ...nameBytes, ...data);
    const extra = [...le(1, 2), ...le(24, 2), ...le(data.length, 8), ...le(data.length, 8), ...le(offset, 8)];
    central.push(...le(0x02014b50, 4), ...le(45, 2), ...le(45, 2), 0, 0, 0, 0, 0, 0, 0, 0, ...le(0, 4));
    central.push(...le(0xffffffff, 4), ...le(0xffffffff, 4), ...le(nameBytes.length, 2), ...le(extra.length, 2));
    central.push(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...le(0xffffffff, 4), ...nameBytes, ...extra);
    count++;
  }
  const dirAt = out.length;
  out.push(...central);
  out.push(...le(0x06054b50, 4), 0, 0, 0, 0, ...le(count, 2), ...le(count, 2));
  out.push(...le(central.length, 4), ...le(dirAt, 4), 0, 0);
  return new Uint8Array(out);
}

describe("zip64 records", () => {
  it("reads entries whose sizes and offset are in the zip64 extra field", () => {
    const z = zip64Stored({
      "word/document.xml": `<w:document xmlns:w="${W}"><w:body>${tag("T")}${cite("Smith 20")}${para(run("x"))}</w:body></w:document>`,
    });
    expect(one(readVerbatimDocx(z))).toMatchObject({ tag: "T", shortCite: "Smith 20", body: "x" });
  });
});

describe("files that cannot be read say why", () => {
  it("tells an old .doc from a password-protected .docx", () => {
    const ole = (stream: string) => {
      const b = new Uint8Array(1024);
      b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      for (let i = 0; i < stream.length; i++) b[600 + i * 2] = stream.charCodeAt(i);
      return b;
    };
    expect(refusal(() => readVerbatimDocx(ole("EncryptedPackage"))).message).toMatch(/password/);
    const doc = refusal(() => readVerbatimDocx(ole("WordDocument")));
    expect(doc.message).toMatch(/old Word \.doc/);
    expect(doc.message).not.toMatch(/password/);
  });

  it("names other files that are not .docx: empty, RTF, Word XML, an .odt, a spreadsheet", () => {
    expect(refusal(() => readVerbatimDocx(new Uint8Array(0))).message).toMatch(/empty/);
    expect(refusal(() => readVerbatimDocx(strToU8("{\\rtf1\\ansi hello}"))).message).toMatch(/RTF/);
    expect(refusal(() => readVerbatimDocx(strToU8(`<?xml version="1.0"?><w:wordDocument/>`))).message).toMatch(/XML/);
    const odt = zipSync({
      mimetype: strToU8("application/vnd.oasis.opendocument.text"),
      "content.xml": strToU8("<x/>"),
    });
    expect(refusal(() => readVerbatimDocx(odt)).message).toMatch(/OpenDocument/);
    const xlsx = zipSync({
      "_rels/.rels": strToU8(rels("xl/workbook.xml")),
      "xl/workbook.xml": strToU8(`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`),
    });
    expect(refusal(() => readVerbatimDocx(xlsx)).message).toMatch(/not a Word document/);
  });

  it("says the document is missing when the package points at a part it does not hold", () => {
    const z = zipSync({ "_rels/.rels": strToU8(rels("word/gone.xml")) });
    expect(refusal(() => readVerbatimDocx(z)).message).toMatch(/word\/gone.xml/);
  });

  it("refuses an empty document with a clear message", () => {
    const e = refusal(() => importDocx(ooxmlDocx("", null)));
    expect(e.kind).toBe("no_arguments");
    expect(e.message).toMatch(/no tags, cards or analytics/);
  });

  it("reads a .docm's document and never its macros", () => {
    const z = ooxmlDocx(tag("T") + cite("Smith 20") + para(run("text")), null, {
      "word/vbaProject.bin": new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]),
    });
    expect(one(readVerbatimDocx(z))).toMatchObject({ tag: "T", body: "text" });
  });

  it("refuses a file nested beyond reason, not crashing on it", () => {
    const deep = "<w:sdt><w:sdtContent>".repeat(20000) + para(run("x")) + "</w:sdtContent></w:sdt>".repeat(20000);
    const e = refusal(() => readVerbatimDocx(ooxmlDocx(deep, null)));
    expect(e.kind).toBe("too_deep");
  });
});

describe("documents laid out as real ones are", () => {
  it("reads cards in table cells, across empty paragraphs, section breaks and numbered lists", () => {
    const numbered = (t: string) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(t)}</w:p>`;
    const body =
      `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:tcPr/>${tag("A")}${cite("Smith 20")}${para(run("one"))}</w:tc></w:tr></w:tbl>` +
      para("") +
      `<w:p><w:pPr><w:sectPr/></w:pPr></w:p>` +
      tag("B") +
      cite("Doe 21") +
      numbered("first") +
      numbered("second");
    const d = readVerbatimDocx(verbatim(body));
    expect(cards(d).map((c) => [c.tag, c.body])).toEqual([
      ["A", "one"],
      ["B", "first\nsecond"],
    ]);
  });
});

describe("what Word shows, not what the markup holds", () => {
  const delMark = (runs: string, style?: string) =>
    `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}<w:rPr><w:del w:id="9" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>${runs}</w:p>`;

  it("joins a paragraph whose mark is deleted (a tracked change) to the next, as Word shows it accepted", () => {
    const gone = `<w:del w:id="8" w:author="A"><w:r><w:delText>gone</w:delText></w:r></w:del>`;
    const body =
      delMark(run("Warming is "), "Heading4") +
      tag("real") +
      cite("Smith 20") +
      delMark(styled("one ", "StyleUnderline")) +
      para(run("two")) +
      delMark(gone) +
      para(run("three"));
    const c = one(readVerbatimDocx(verbatim(body)));
    expect(c).toMatchObject({ tag: "Warming is real", shortCite: "Smith 20", body: "one two\nthree", paragraph: 1 });
    expect(under(c, c.underline)).toEqual(["one "]);
    // A moved-away paragraph mark joins too; the last paragraph of a table cell does not join past the cell.
    const moved = `<w:p><w:pPr><w:rPr><w:moveFrom w:id="7" w:author="A"/></w:rPr></w:pPr>${run("a ")}</w:p>`;
    const cell = (p: string) => `<w:tc>${p}</w:tc>`;
    const d = readVerbatimDocx(
      verbatim(
        tag("T") +
          cite("Smith 20") +
          moved +
          para(run("b")) +
          `<w:tbl><w:tr>${cell(delMark(run("c")))}${cell(para(run("d")))}</w:tr></w:tbl>`,
      ),
    );
    expect(one(d).body).toBe("a b\nc\nd");
  });

  it("drops the placeholder text of an empty content control, inline and around paragraphs", () => {
    const prompt = run("Click or tap here to enter text.", `<w:rStyle w:val="PlaceholderText"/>`);
    const sdt = (content: string, shown = "<w:showingPlcHdr/>") =>
      `<w:sdt><w:sdtPr><w:id w:val="1"/>${shown}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
    const body =
      tag("T") +
      cite("Smith 20") +
      para(run("kept ") + sdt(prompt) + run("text") + sdt(run(" filled"), `<w:showingPlcHdr w:val="0"/>`)) +
      sdt(para(prompt));
    expect(one(readVerbatimDocx(verbatim(body))).body).toBe("kept text filled");
  });

  it("applies Word's toggle rule: bold from the paragraph style and bold from the character style cancel", () => {
    const styles = VERBATIM_STYLES_XML.replace(
      "</w:styles>",
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="BoldBody"><w:name w:val="Bold body"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>` +
        `<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>` +
        `</w:styles>`,
    );
    const body =
      tag("T") +
      cite("Smith 20") +
      para(run("bold ") + styled("plain", "Strong") + styled(" bold again", "Strong", "<w:b/>"), "BoldBody") +
      para(styled("strong", "Strong"));
    const c = one(readVerbatimDocx(ooxmlDocx(body, null, { "word/styles.xml": strToU8(styles) })));
    expect(under(c, c.emphasis)).toEqual(["bold ", " bold again", "strong"]);
  });

  it("maps symbol-font characters (Symbol, Wingdings) to Unicode and drops those it cannot", () => {
    const sym = (font: string, char: string) => `<w:sym w:font="${font}" w:char="${char}"/>`;
    const r =
      `<w:r><w:t xml:space="preserve">x</w:t>${sym("Symbol", "F061")}${sym("Symbol", "F0AE")}${sym("Symbol", "F0B3")}` +
      `${sym("Wingdings", "F0FC")}${sym("Wingdings", "F0A7")}${sym("Wingdings", "F0E8")}${sym("Symbol", "44")}` +
      `${sym("Wingdings", "F027")}${sym("Webdings", "F021")}${sym("Calibri", "2192")}<w:t>y</w:t></w:r>`;
    expect(one(readVerbatimDocx(verbatim(tag("T") + cite("Smith 20") + para(r)))).body).toBe("xα→≥✓▪➔Δ→y");
  });

  it("reads a part in the legacy encoding its XML declaration names (windows-1252, ISO-8859-1)", () => {
    const W1252: Record<string, number> = { é: 0xe9, "“": 0x93, "”": 0x94, "’": 0x92 };
    const encode = (s: string) => Uint8Array.from([...s].map((ch) => W1252[ch] ?? ch.charCodeAt(0)));
    for (const label of ["windows-1252", "ISO-8859-1"]) {
      const xml =
        `<?xml version="1.0" encoding="${label}" standalone="yes"?><w:document xmlns:w="${W}"><w:body>` +
        `${tag("Café’s tag")}${cite("Smith 20")}${para(run("“quoted” café"))}</w:body></w:document>`;
      const c = one(readVerbatimDocx(zipSync({ "word/document.xml": encode(xml) })));
      // ISO-8859-1 reads as windows-1252 (as browsers read it): its 0x80–0x9F are the curly quotes Word wrote.
      expect(c).toMatchObject({ tag: "Café’s tag", body: "“quoted” café" });
    }
    // A label Node does not know leaves the part read as UTF-8.
    const odd = `<?xml version="1.0" encoding="x-unknown"?><w:document xmlns:w="${W}"><w:body>${tag("Café")}</w:body></w:document>`;
    expect(readVerbatimDocx(zipSync({ "word/document.xml": strToU8(odd) })).items).toMatchObject([
      { type: "analytic", text: "Café" },
    ]);
  });
});

describe("cards as debaters cut them", () => {
  it("keeps a card's text whole around footnote and endnote references (no stray numbers or marks)", () => {
    const ref = (kind: "footnote" | "endnote", id: number, custom = "") =>
      `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>` +
      `<w:${kind}Reference ${custom ? 'w:customMarkFollows="1" ' : ""}w:id="${id}"/>${custom ? `<w:t>${custom}</w:t>` : ""}</w:r>`;
    const footnotes =
      `<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="${W}"><w:footnote w:id="1"><w:p>` +
      `<w:r><w:footnoteRef/></w:r>${run(" 1 Smith, Journal, 2020")}</w:p></w:footnote></w:footnotes>`;
    const body =
      tag("T") +
      cite("Smith 20") +
      para(
        styled("The policy works", "StyleUnderline") +
          ref("footnote", 1) +
          run(" and ") +
          ref("endnote", 2) +
          styled("fails", "StyleUnderline") +
          ref("footnote", 3, "*") +
          run("."),
      );
    const c = one(readVerbatimDocx(verbatim(body, { "word/footnotes.xml": strToU8(footnotes) })));
    expect(c.body).toBe("The policy works and fails.");
    expect(under(c, c.underline)).toEqual(["The policy works", "fails"]);
  });

  it("reads a card with no cite line: the tag, then underlined card text", () => {
    const d = readVerbatimDocx(
      verbatim(tag("No cite here") + para(styled("card text", "StyleUnderline") + run(" more"))),
    );
    const c = one(d);
    expect(c).toMatchObject({ tag: "No cite here", cite: "", shortCite: "", body: "card text more" });
    expect(under(c, c.underline)).toEqual(["card text"]);
    expect(d.report.warnings).toEqual(["1 card has no cite line"]);
  });

  it("places layers and insertions by the text's own offsets past characters outside the BMP (emoji, maths letters)", () => {
    const yellow = `<w:highlight w:val="yellow"/>`;
    const body =
      tag("T") +
      cite("Smith 20") +
      para(run("😀 a ") + styled("b𝑥c", "StyleUnderline", yellow) + run(" [sic] ") + styled("d", "Emphasis")) +
      para(run("🎉[e]") + styled("f", "StyleUnderline"));
    const c = one(readVerbatimDocx(verbatim(body)));
    expect(c.body).toBe("😀 a b𝑥c  d\n🎉f");
    expect(under(c, c.underline)).toEqual(["b𝑥c", "d", "f"]); // Verbatim's Emphasis is underlined too
    expect(under(c, c.highlights)).toEqual(["b𝑥c"]);
    expect(under(c, c.emphasis)).toEqual(["d"]);
    expect(c.insertions).toEqual([
      { at: c.body.indexOf("  ") + 1, text: "sic" },
      { at: c.body.indexOf("f"), text: "e" },
    ]);
  });

  it("keeps an unclosed or nested bracket as text, and reads a long line of them in one pass", () => {
    const c = one(readVerbatimDocx(verbatim(tag("T") + cite("Smith 20") + para(run("a [b [c] d] e [f")))));
    expect(c.body).toBe("a [b  d] e [f");
    expect(c.insertions).toEqual([{ at: 5, text: "c" }]);
    const many = "[".repeat(50_000);
    expect(one(readVerbatimDocx(verbatim(tag("T") + cite("Smith 20") + para(run(many))))).body).toBe(many);
  });

  it("reads one card across an empty paragraph, a page break and an empty heading in its text", () => {
    const pageBreak = `<w:p><w:r><w:br w:type="page"/></w:r></w:p>`;
    const body =
      tag("T") +
      cite("Smith 20") +
      para(run("one")) +
      para("") +
      para(run("two")) +
      pageBreak +
      para(run("three") + `<w:r><w:br w:type="page"/></w:r>` + run("four")) +
      `<w:p><w:pPr><w:pStyle w:val="Heading4"/></w:pPr><w:r><w:br w:type="page"/></w:r></w:p>` +
      para(run("five") + `<w:r><w:br w:type="column"/></w:r>`);
    const d = readVerbatimDocx(verbatim(body));
    expect(one(d)).toMatchObject({ tag: "T", shortCite: "Smith 20", body: "one\n\ntwo\n\nthree four\n\nfive" });
    expect(d.report.notUnderstood).toEqual([]);
  });
});
