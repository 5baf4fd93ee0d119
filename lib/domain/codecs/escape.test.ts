import { describe, expect, it } from "vitest";
import { csvCell, htmlText, jsonText, markdownText, markdownUrl, safeLinkUrl } from "./escape";

describe("markdownText", () => {
  it.each([
    ["plain words", "plain words"],
    ["<script>", "\\<script\\>"],
    ["[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"],
    ["a & b", "a \\& b"],
    ["*bold* _em_ `code` ~~del~~ | cell", "\\*bold\\* \\_em\\_ \\`code\\` \\~\\~del\\~\\~ \\| cell"],
    ["![img]", "\\!\\[img\\]"],
    ["back\\slash", "back\\\\slash"],
    ["two\nlines\r\nthree", "two lines three"],
  ])("%j → %j", (input, out) => expect(markdownText(input)).toBe(out));
});

describe("safeLinkUrl and markdownUrl", () => {
  it.each([
    ["https://ok.example/a", "https://ok.example/a"],
    ["  http://ok.example/  ", "http://ok.example/"],
    ["mailto:a@ok.example", "mailto:a@ok.example"],
    ["https://ok.example/a b(c)<d>", "https://ok.example/a%20b%28c%29%3Cd%3E"],
    ['https://ok.example/"x`y\\z', "https://ok.example/%22x%60y/z"],
    ["https://ok.example/?q=<x>#<y>", "https://ok.example/?q=%3Cx%3E#%3Cy%3E"],
    ["https://ok.example/é", "https://ok.example/%C3%A9"],
    ["javascript:alert(1)", null],
    ["JaVaScRiPt:alert(1)", null],
    ["\u0001javascript:alert(1)", null],
    ["java\tscript:alert(1)", null],
    ["data:text/html,<script>", null],
    ["vbscript:x", null],
    ["/relative/path", null],
    ["not a url", null],
  ])("%j → %j", (input, out) => expect(safeLinkUrl(input)).toBe(out));

  it("writes a safe URL as an autolink and anything else as escaped text", () => {
    expect(markdownUrl("https://ok.example/x)")).toBe("<https://ok.example/x%29>");
    expect(markdownUrl("javascript:alert(1)")).toBe("javascript:alert(1)");
    expect(markdownUrl("<javascript:alert(1)>")).toBe("\\<javascript:alert(1)\\>");
  });
});

describe("htmlText", () => {
  it("encodes the five characters that matter in content and quoted attributes", () => {
    expect(htmlText(`<a href="x" title='y'>&</a>`)).toBe(
      "&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;",
    );
  });
});

describe("jsonText", () => {
  it("has no raw <, >, &, U+2028 or U+2029 and parses back to the same value", () => {
    const value = { t: "</script><b>&amp;\u2028\u2029", n: [1, "x"] };
    const out = jsonText(value, 2);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(value);
  });
});

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ['say "hi", then', '"say ""hi"", then"'],
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", '"\'\r=1"'],
    [" =1", "' =1"],
    ["＝1+1", "'＝1+1"],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["a=b", "a=b"],
    ["two\nlines", '"two\nlines"'],
  ])("%j → %j", (input, out) => expect(csvCell(input)).toBe(out));

  it("writes numbers, booleans and null as they are", () => {
    expect(csvCell(-7)).toBe("-7");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBe("");
  });
});
