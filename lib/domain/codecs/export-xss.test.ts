// Every injection payload of tests/fixtures/xss-payloads.txt, written into every user field of a
// debate, exported to every format: the Markdown is rendered by a real renderer (markdown-it, with
// raw HTML on and its own link check off, so only our encoding stands between the payload and the
// page) and the HTML may hold only the tags and links the outline itself writes.
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  ArgdownApplication,
  DataPlugin,
  HtmlExportPlugin,
  ModelPlugin,
  ParserPlugin,
  FrontMatterSettingsModes,
} from "@argdown/core";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { toCsv, type ExportRow } from "../seminar-export";
import type { NodeDto } from "../schemas";
import { exportDebate, parseAif, parseArgdown } from ".";
import type { ExportableDebate } from "./types";

const PAYLOADS = [
  ...readFileSync(path.join(import.meta.dirname, "../../../tests/fixtures/xss-payloads.txt"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("# ")),
  "line\u2028separator\u2029paragraph",
  "multi\n<script>alert(1)</script>\n# heading\n- list\n> quote",
];

/** A debate whose every user-written field holds the payload: titles, texts, card, cite, source. */
function poisoned(p: string): ExportableDebate {
  const node = (id: string, extra: Partial<NodeDto>): NodeDto => ({
    id,
    kind: "claim",
    side: "aff",
    role: null,
    speech: null,
    responseType: null,
    title: p,
    body: p,
    position: { x: 0, y: 0 },
    version: 1,
    evidence: null,
    ...extra,
  });
  const quote = `${p} quoted`;
  return {
    id: "d",
    title: p,
    resolution: p,
    description: p,
    nodes: [
      node("a", { role: "thesis" }),
      node("b", {
        kind: "evidence",
        side: "neg",
        evidence: {
          sourceId: "s",
          quote,
          start: 0,
          end: quote.length,
          prefix: p,
          suffix: p,
          cite: p,
          highlights: [{ start: 0, end: Math.min(5, quote.length) }],
        },
      }),
      node("c", { title: "", body: p }),
    ],
    edges: [
      { id: "e1", source: "b", target: "a", relation: "rebuts", version: 1 },
      { id: "e2", source: "c", target: "b", relation: "undercuts", version: 1 },
    ],
    sources: [
      {
        id: "s",
        title: p,
        author: p,
        qualifications: p,
        publication: p,
        date: p,
        url: p,
        attribution: p,
        version: 1,
        text: quote,
      },
    ],
  };
}

const ALLOWED_TAGS = new Set(["h1", "h2", "p", "ul", "li", "strong", "em", "blockquote", "a", "br", "hr"]);
// A protocol-relative link ("//host") is what linkify makes of "http:**//host"; it stays on http(s).
const LINK = /^(https?:|mailto:|\/\/)/;

/** What the rendered HTML does that a payload could have caused: any other tag, attribute or link. */
function unsafeMarkup(html: string, allowed: ReadonlySet<string>, allowedAttrs: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const [tag, name, attrs] = [m[0], m[1]!.toLowerCase(), m[2]!];
    if (!allowed.has(name)) found.push(tag);
    for (const a of attrs.matchAll(/([^\s=]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g)) {
      const [attr, value] = [a[1]!.toLowerCase(), a[2]!.replace(/^["']|["']$/g, "")];
      if (!allowedAttrs.has(attr)) found.push(tag);
      if (attr === "href" && !LINK.test(value)) found.push(tag);
    }
  }
  if (/<script/i.test(html)) found.push("<script");
  return found;
}

describe("exports under the XSS corpus", () => {
  it("has a corpus of at least 50 payloads", () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
  });

  // The most permissive common setup: raw HTML passed through, bare URLs linked, no link check.
  const md = new MarkdownIt({ html: true, linkify: true });
  md.validateLink = () => true;

  it.each(PAYLOADS)("Markdown renders %j as text, never as markup or a link", (p) => {
    const out = exportDebate("markdown", poisoned(p));
    const html = md.render(out);
    expect(unsafeMarkup(html, ALLOWED_TAGS, new Set(["href"])), html).toEqual([]);
  });

  it("Markdown keeps an http source URL as a link, percent-encoded, and shows a javascript: URL as text", () => {
    const d = poisoned("t");
    d.sources[0]!.url = "https://ok.example/a b(c)<d>";
    expect(md.render(exportDebate("markdown", d))).toContain('href="https://ok.example/a%20b%28c%29%3Cd%3E"');
    d.sources[0]!.url = "javascript:alert(1)";
    const html = md.render(exportDebate("markdown", d));
    expect(html).not.toContain("href");
    expect(html).toContain("javascript:alert(1)");
  });

  it.each(PAYLOADS)("Argdown keeps %j as text through a round trip and its HTML export", (p) => {
    const out = exportDebate("argdown", poisoned(p));
    const back = parseArgdown(out);
    const flat = p.replace(/\s+/g, " ").trim();
    expect(back.title).toBe(p.trim());
    // Argdown's lexer reads a URL up to the next space and keeps the escapes inside it: a text holding
    // "https://…" may come back with backslashes (fidelity, not injection: the HTML check below holds).
    if (!p.includes("://")) expect(back.nodes.some((n) => n.body.replace(/\s+/g, " ").includes(flat))).toBe(true);

    const app = new ArgdownApplication();
    app.addPlugin(new ParserPlugin(), "parse-input");
    app.addPlugin(new DataPlugin(), "build-model");
    app.addPlugin(new ModelPlugin(), "build-model");
    app.addPlugin(new HtmlExportPlugin({ headless: true }), "export-html");
    const res = app.run({
      input: out,
      process: ["parse-input", "build-model", "export-html"],
      logLevel: "error",
      data: { frontMatterSettingsMode: FrontMatterSettingsModes.IGNORE },
    });
    const html = String(res.html ?? "");
    expect(html.length).toBeGreaterThan(0);
    const tags = new Set(["div", "span", "h1", "h2", "h3", "p", "a", "ul", "li", "strong", "em", "b", "i", "br"]);
    const attrs = new Set(["class", "id", "href", "title", "data-line"]);
    expect(
      unsafeMarkup(html, tags, attrs).filter((t) => !/href="#/.test(t)),
      html,
    ).toEqual([]);
  });

  it.each(PAYLOADS)("Clash JSON and AIF hold %j as data with no raw markup, and read it back", (p) => {
    for (const format of ["json", "aif"] as const) {
      const out = exportDebate(format, poisoned(p));
      expect(out).not.toMatch(/[<>&\u2028\u2029]/);
      expect(strings(JSON.parse(out))).toContain(p);
      if (format === "aif") expect(parseAif(JSON.parse(out)).title).toBe(p.trim());
    }
  });

  it.each(PAYLOADS)("seminar CSV never starts a cell of %j with a formula", (p) => {
    const row: ExportRow = {
      task: p,
      student: p,
      label: p,
      kind: p,
      title: p,
      body: p,
      attachedTo: p,
      verdict: null,
      score: null,
      feedback: p,
      released: false,
      createdAt: p,
    };
    const cells = parseCsv(toCsv([row]).replace(/^\uFEFF/, ""))[1]!;
    expect(cells).toHaveLength(12);
    for (const c of cells.filter((c) => c !== "" && c !== "no")) {
      const formula = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;
      expect(c).not.toMatch(formula);
      expect(c).toBe(formula.test(p) ? `'${p}` : p);
    }
  });
});

/** Every string value in a parsed JSON document. */
function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === "object") return Object.values(v).flatMap(strings);
  return [];
}

/** A small RFC 4180 reader (quoted fields, doubled quotes, CRLF rows) to check what a spreadsheet gets. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    rows.at(-1)!.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1];
    if (quoted && c === '"' && next === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ",") endCell();
    else if (c === "\r" && next === "\n") {
      endCell();
      rows.push([]);
      i++;
    } else cell += c;
  }
  return rows.filter((r) => r.length > 0);
}
