import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ArgdownApplication, ParserPlugin, tokenize, type IArgdownResponse } from "@argdown/core";
import { describe, expect, it } from "vitest";
import { corpusFiles, seedDebate } from "./__fixtures__/helpers";
import { FastParserPlugin, tokenizeArgdown } from "./argdown-lexer";
import { toArgdown } from "./argdown";

type Token = {
  tokenType: { name: string };
  image: string;
  startOffset: number;
  endOffset?: number;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
};

const row = (t: Token) =>
  `${t.tokenType.name} ${JSON.stringify(t.image)} ${t.startOffset}-${t.endOffset} ${t.startLine}:${t.startColumn}-${t.endLine}:${t.endColumn}`;

/** Every token with its type, text and position, or the lexer's refusal. */
function lexedBy(lex: (text: string) => { tokens: Token[]; errors: unknown[] }, text: string): string[] {
  try {
    const r = lex(text);
    return [...r.tokens.map(row), `errors ${r.errors.length}`];
  } catch (e) {
    return [`threw ${(e as Error).message}`];
  }
}

const argdownLex = tokenize as unknown as (text: string) => { tokens: Token[]; errors: unknown[] };
const fastLex = tokenizeArgdown as unknown as (text: string) => { tokens: Token[]; errors: unknown[] };

/** The parse tree as rule names and tokens, and the parser's errors. */
function parsedBy(plugin: ParserPlugin | FastParserPlugin, text: string): string[] {
  const app = new ArgdownApplication({ log: () => {}, setLevel: () => {} });
  app.addPlugin(plugin, "parse-input");
  let response: IArgdownResponse;
  try {
    response = app.run({ input: text, process: ["parse-input"], throwExceptions: true, logLevel: "error" });
  } catch {
    return ["threw"];
  }
  const out: string[] = [];
  const walk = (node: unknown, depth: number) => {
    const n = node as { name?: string; children?: unknown[]; tokenType?: { name: string } } | undefined;
    // The parser's recovery leaves holes in a tree it could not finish.
    if (!n) out.push(`${" ".repeat(depth)}(none)`);
    else if (n.tokenType) out.push(`${" ".repeat(depth)}${row(n as Token)}`);
    else out.push(`${" ".repeat(depth)}${n.name}`);
    for (const child of n?.children ?? []) walk(child, depth + 1);
  };
  if (response.ast) walk(response.ast, 0);
  for (const e of response.parserErrors ?? []) out.push(`error ${e.message} at ${row(e.token)}`);
  return out;
}

const ROOT = path.resolve(import.meta.dirname, "../../..");
const argdownFilesIn = (dir: string) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith(".argdown"))
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(path.join(ROOT, dir, f), "utf8") }));

const files = [
  ...corpusFiles("argdown", ".argdown"),
  ...argdownFilesIn("tests/fixtures/heldout/argdown"),
  ...argdownFilesIn("lib/domain/codecs/__fixtures__"),
  { name: "the demo debate as Clash writes it", text: toArgdown(seedDebate()) },
];

// Pieces that mean something to Argdown's lexer, and text around them; random texts built from them
// reach the patterns' corners (a relation after an apostrophe, a list item's digit, CRLF, tabs).
// prettier-ignore
const PIECES = [
  "[", "]", "<", ">", ":", "+>", "->", "<+", "<-", "><", "_>", "<_", "_ ", "_", "__", "*", "**", "* ", "#",
  "# ", "## ", "#tag ", "#(a tag)", "(1)", "(12) ", "1.", "2. ", "-- ", "--", "----", "{", "}", "{a: 1}",
  ",", ".", ".x.", ":y:", "\\", "\\*", "'", "' ", " ", "  ", "    ", "\t", "\n", "\r\n", "\r", "\n\n",
  "\n  \n", "word", "two words", "Ünï", "😀", "@[", "@<", "[T]", "<A>", "[T]:", "<A>:", "@[T]", "@<A> ",
  "[l](u)", "//c", "/* c */", "<!-- c -->", "===\na: 1\n===\n", "+", "-", "/", ";", "(", ")", "\u00a0",
  "\u2028",
];

/** A seeded generator: the same texts on every run. */
function randomTexts(count: number, seed: number): string[] {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 1 + Math.floor(next() * 40);
    let text = "";
    for (let j = 0; j < length; j++) {
      // A quarter of the pieces start a line, where most of Argdown's patterns can match.
      if (next() < 0.25) text += next() < 0.5 ? "\n" : "\n  ";
      text += PIECES[Math.floor(next() * PIECES.length)];
    }
    texts.push(text);
  }
  return texts;
}

describe("tokenizeArgdown is Argdown's tokenize, token for token", () => {
  for (const file of files) {
    it(file.name, () => {
      const expected = lexedBy(argdownLex, file.text);
      expect(expected.length).toBeGreaterThan(10);
      expect(lexedBy(fastLex, file.text)).toEqual(expected);
    });
  }

  it("on 4,000 random texts of Argdown's own syntax", () => {
    let differ = 0;
    let threw = 0;
    const firstDiffering: string[] = [];
    for (const text of randomTexts(4_000, 17)) {
      const expected = lexedBy(argdownLex, text);
      if (expected[0]!.startsWith("threw")) threw++;
      if (JSON.stringify(lexedBy(fastLex, text)) !== JSON.stringify(expected)) {
        differ++;
        if (firstDiffering.length < 3) firstDiffering.push(text);
      }
    }
    expect(firstDiffering).toEqual([]);
    expect(differ).toBe(0);
    // The texts reach the lexer's refusals too, and most of them lex.
    expect(threw).toBeGreaterThan(0);
    expect(threw).toBeLessThan(2_000);
  });

  it("closes the indentation still open at the end, where Argdown does", () => {
    const text = "[A]: a\n  + [B]: b\n    - [C]: c";
    const names = fastLex(text).tokens.map((t) => t.tokenType.name);
    expect(names.slice(-2)).toEqual(["Dedent", "Dedent"]);
    expect(lexedBy(fastLex, text)).toEqual(lexedBy(argdownLex, text));
  });
});

describe("FastParserPlugin parses as Argdown's ParserPlugin", () => {
  for (const file of files) {
    it(file.name, () => {
      const expected = parsedBy(new ParserPlugin(), file.text);
      expect(expected.length).toBeGreaterThan(10);
      expect(parsedBy(new FastParserPlugin(), file.text)).toEqual(expected);
    });
  }

  it("on 1,000 random texts, with the same syntax errors", () => {
    let withErrors = 0;
    for (const text of randomTexts(1_000, 29)) {
      const expected = parsedBy(new ParserPlugin(), text);
      if (expected.some((l) => l.startsWith("error"))) withErrors++;
      expect(parsedBy(new FastParserPlugin(), text), JSON.stringify(text)).toEqual(expected);
    }
    expect(withErrors).toBeGreaterThan(0);
  });

  it("throws on a text without a single token, as Argdown's does", () => {
    for (const text of ["   ", "/* a comment */"]) {
      expect(parsedBy(new ParserPlugin(), text)).toEqual(["threw"]);
      expect(parsedBy(new FastParserPlugin(), text)).toEqual(["threw"]);
    }
  });
});
