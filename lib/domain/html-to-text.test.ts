import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeEntities, htmlTitle, htmlToText } from "./html-to-text";

const ARTICLE = readFileSync(path.join(import.meta.dirname, "__fixtures__", "article.html"), "utf8");

describe("htmlToText on an article page", () => {
  const text = htmlToText(ARTICLE);

  it("keeps the readable text, one paragraph per block, separated by blank lines", () => {
    expect(text).toBe(
      [
        "Home Defense",
        "Tajikistan’s Security Chief Has Gone Over to ISIS. Now What?",
        "By Jane Doe & John Roe\nJune 4, 2015",
        "Halimov’s venomous propaganda videos, in which he cites his counterterrorism training with U.S. special operators, underscore the danger of providing unrestricted military aid.",
        "Gulmurod Halimov in a 2015 video.",
        "“It's got to be an extremely uncomfortable moment,” said Steve Swerdlow.",
        "The main drivers, according to the report:",
        "poor governance;\npervasive corruption, including\nsmuggling <and> bribery,\nnepotism;\nrepression.",
        "Moscow has also provided significant military aid — 5 > 3 && 2 < 4.",
        "© 2015 Defense One",
      ].join("\n\n"),
    );
  });

  it("drops the head, scripts, styles, comments, SVG, iframes, templates, noscript and attributes", () => {
    expect(text).not.toMatch(
      /LEAK|dataLayer|gtag|font-family|NewsArticle|youtube|pixel|onerror|alert|<script|<img|<p/i,
    );
  });

  it("reads the title separately", () => {
    expect(htmlTitle(ARTICLE)).toBe("Tajikistan’s Security Chief Has Gone Over to ISIS. Now What? – Defense One");
  });
});

describe("htmlToText against hostile markup", () => {
  // PayloadsAllTheThings-style XSS vectors: whatever the trick, the payload leaves no trace in the text.
  const payloads: [string, string][] = [
    ["<img src=x onerror=alert(1)>", ""],
    ["<script>alert(1)</script>", ""],
    ["<SCRIPT SRC=//evil.example/x.js></SCRIPT>", ""],
    ["<scr<script>ipt>alert(1)</script>", ""],
    ["<scr<script>ipt>alert(1)</scr</script>ipt>", "ipt>"],
    ['<a href="javascript:alert(1)">click</a>', "click"],
    ["<a href=javascript:alert(1)>click</a>", "click"],
    ["<svg onload=alert(1)>", ""],
    ["<svg><script>alert(1)</script></svg>after", "after"],
    ["<body onload=alert(1)>hi", "hi"],
    ["<style>@import 'javascript:alert(1)';</style>ok", "ok"],
    ['<iframe src="javascript:alert(1)"></iframe>', ""],
    ['<iframe srcdoc="<script>alert(1)</script>">', ""],
    ['<object data="javascript:alert(1)">fallback alert(1)</object>', ""],
    ['<div style="background:url(javascript:alert(1))">x</div>', "x"],
    ['<img src="x" alt="a>b" onerror="alert(1)">y', "y"],
    ["<img src=x <script>alert(1)</script>z", "z"],
    ["<a title=<b>alert</b>>t</a>", "alert>t"],
    ['<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', '">'],
    ["<!--<script>alert(1)</script>-->", ""],
    ["<!--> <script>alert(1)</script>", ""],
    ["<!--unclosed <script>alert(1)</script>", ""],
    ["<script>alert(1)", ""],
    ["<script>document.write('</scr'+'ipt>')</script>", ""],
    ["<textarea><script>alert(1)</script></textarea>", ""],
    ["<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", ""],
    ["<template><script>alert(1)</script></template>t", "t"],
    ['<img src=x onerror="alert(1)', ""],
    ["<a href='x", ""],
    ["<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">", ""],
    ["<<script>alert(1)//<</script>", "<"],
    ["<xmp><script>alert(1)</script></xmp>", ""],
  ];

  it.each(payloads)("%s", (html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it("leaves a literal < or & that is not markup as text", () => {
    expect(htmlToText("a < b and c<3 & d &unknown; &")).toBe("a < b and c<3 & d &unknown; &");
  });

  it("never lets a decoded entity become markup that is read again", () => {
    // The entity is text; once decoded it is shown, never parsed (render the output as text).
    expect(htmlToText("&lt;script&gt;alert(1)&lt;/script&gt;")).toBe("<script>alert(1)</script>");
    expect(htmlToText("&amp;lt;b&amp;gt;")).toBe("&lt;b&gt;");
  });

  it("handles unclosed tags, an unclosed head and stray end tags", () => {
    expect(htmlToText("<p>one<p>two<div>three")).toBe("one\n\ntwo\nthree");
    expect(htmlToText("<head><title>T</title><meta charset=utf-8><p>body text")).toBe("body text");
    expect(htmlToText("<html><head><title>T</title>Text in head ends it")).toBe("Text in head ends it");
    expect(htmlToText("</p></div>text</svg></head>more")).toBe("textmore");
    expect(htmlToText("<svg><svg></svg>inner</svg>outer")).toBe("outer");
  });

  it("is linear on 2 MB inputs, including pathological ones", () => {
    const cases = [
      "<p>" + "word ".repeat(400_000), // 2 MB of text
      '<a title="' + "x".repeat(2_000_000) + '">t</a>after', // a huge attribute value
      '<a title="' + "x".repeat(2_000_000), // an unclosed one
      "<div>".repeat(400_000), // deep nesting
      "<svg>".repeat(200_000) + "</object>".repeat(200_000), // stray end tags against a deep dropped stack
      "<".repeat(2_000_000),
      "<!--".repeat(500_000),
      "&".repeat(1_000_000) + "&#".repeat(500_000),
      "<a ".repeat(700_000),
      "<script>" + "</scrip".repeat(280_000),
    ];
    for (const html of cases) {
      expect(typeof htmlToText(html), html.slice(0, 20)).toBe("string");
      expect(htmlTitle(html) ?? "", html.slice(0, 20)).toBeTypeOf("string");
    }
    expect(htmlToText('<a title="' + "x".repeat(2_000_000) + '">t</a>after')).toBe("tafter");
  });
});

describe("htmlToText: entities", () => {
  it("decodes named, decimal and hexadecimal references", () => {
    expect(
      htmlToText(
        "caf&eacute; &amp; cr&egrave;me &mdash; &hellip; &ldquo;q&rdquo; &euro;5 &#233; &#xE9; &#X1F600; &copy;",
      ),
    ).toBe("café & crème — … “q” €5 é é 😀 ©");
  });
  it("reads legacy references without a semicolon, as a browser does, but not others", () => {
    expect(decodeEntities("&amp &lt3 &copy2024 &eacute &notit")).toBe("& <3 ©2024 &eacute &notit");
  });
  it("replaces invalid code points and maps the C1 range to Windows-1252", () => {
    expect(decodeEntities("&#0;&#xD800;&#x110000;&#99999999999;&#150;&#x93;")).toBe("\uFFFD\uFFFD\uFFFD\uFFFD–“");
  });
  it("turns non-breaking spaces into spaces", () => {
    expect(htmlToText("a&nbsp;&nbsp;b\u00A0c&#160;d")).toBe("a b c d");
  });
});

describe("htmlToText: blocks and whitespace", () => {
  it("collapses whitespace runs and trims", () => {
    expect(htmlToText("  \n\t<p>  many \n\n  spaces\there </p>\n  ")).toBe("many spaces here");
  });
  it("keeps inline elements inside the words they mark up", () => {
    expect(htmlToText("<p>un<b>bel</b><i>iev</i>able and <a href=x>linked</a>.</p>")).toBe("unbelievable and linked.");
  });
  it("puts nested list items on their own lines, and lists apart from paragraphs", () => {
    expect(
      htmlToText("<p>Intro</p><ol><li>one<ol><li>one.a</li><li>one.b</li></ol></li><li>two</li></ol><p>After</p>"),
    ).toBe("Intro\n\none\none.a\none.b\ntwo\n\nAfter");
  });
  it("reads one <br> as a line break and two as a paragraph break", () => {
    expect(htmlToText("line one<br>line two<br/><br />para two")).toBe("line one\nline two\n\npara two");
  });
  it("separates headings, sections, blockquotes and divs", () => {
    expect(htmlToText("<h2>Title</h2><section><div>a</div><div>b</div></section><blockquote>q</blockquote>")).toBe(
      "Title\n\na\nb\n\nq",
    );
  });
  it("keeps the line structure of <pre>", () => {
    expect(htmlToText("<p>Code:</p><pre>line 1\nline 2\n\nblock 2</pre>")).toBe("Code:\n\nline 1\nline 2\n\nblock 2");
  });
  it("puts table rows on lines and cells apart", () => {
    expect(
      htmlToText("<table><tr><th>Year</th><th>Fighters</th></tr><tr><td>2015</td><td>1,300</td></tr></table>"),
    ).toBe("Year Fighters\n2015 1,300");
  });
  it("drops control characters from the input", () => {
    expect(htmlToText("a\u0001b\u0002c\u0003d\u0000e")).toBe("abcde");
  });
  it("returns an empty string for a document without text", () => {
    expect(htmlToText("")).toBe("");
    expect(htmlToText("<html><head><title>x</title></head><body> <br> </body></html>")).toBe("");
  });
});

describe("htmlTitle", () => {
  it("returns the first title outside SVG, decoded and collapsed, or null", () => {
    expect(htmlTitle("<svg><title>icon</title></svg><title>\n  A &amp; B\n</title>")).toBe("A & B");
    expect(htmlTitle("<p>no title</p>")).toBeNull();
    expect(htmlTitle("<title>   </title>")).toBeNull();
    expect(htmlTitle("<TITLE>Caps</TITLE>")).toBe("Caps");
  });
});
