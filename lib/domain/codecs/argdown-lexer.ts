// Argdown's own lexer and parser, with chevrotain's first-character optimization switched on.
// @argdown/core 1.7.5 builds its lexer with one pattern chevrotain cannot analyse (Freestyle, a
// complement set), which turns the optimization off for the whole lexer: at every offset of the
// text it then tries the patterns one by one, most of them functions that first copy the rest of
// the text. That was 1.8 s of a 10 MB file's 3.3 s parse. This builds a second lexer from the
// same token types in the same order, with complete start characters for every pattern that is a
// function or a complement, so only the patterns that can match at a character are tried. The
// tokens are the same (argdown-lexer.test.ts compares both lexers on every Argdown file the tests
// hold and on random text); the parse is Argdown's own parser and plugins.
import * as A from "@argdown/core";
import {
  ArgdownPluginError,
  parser,
  tokenize as argdownTokenize,
  type IArgdownPlugin,
  type IArgdownRequest,
  type IArgdownResponse,
} from "@argdown/core";
import {
  createTokenInstance,
  EOF,
  Lexer,
  tokenMatcher,
  type ILexingResult,
  type IRecognitionException,
  type IToken,
  type TokenType,
} from "chevrotain";

/** Argdown's parser as chevrotain's parser base class types it (a class this file cannot see). */
const argdownParser = parser as unknown as {
  input: IToken[];
  errors: IRecognitionException[];
  argdown(): NonNullable<IArgdownResponse["ast"]>;
};

const INDENT = ["'", " ", "\t"];
const DIGITS = [..."0123456789"];

/**
 * Every character each pattern can start with, read off @argdown/core 1.7.5's lexer.js. Its own
 * start_chars_hint lists were never used (the lexer could not be optimized) and miss some: a
 * list item's digit or "*", the apostrophe its `[' '\t]` indentation class also takes.
 */
const startChars = (): [TokenType, (string | number)[]][] => [
  [A.Comment, ["/", "<"]],
  [A.Emptyline, [" ", "\t", "\r", "\n"]],
  [A.InferenceStart, [...INDENT, "-"]],
  [A.IncomingSupport, [...INDENT, "+"]],
  [A.IncomingAttack, [...INDENT, "-"]],
  [A.OutgoingSupport, [...INDENT, "<", "+"]],
  [A.OutgoingAttack, [...INDENT, "<", "-"]],
  [A.Contradiction, [...INDENT, ">"]],
  [A.IncomingUndercut, [...INDENT, "_"]],
  [A.OutgoingUndercut, [...INDENT, "<", "_"]],
  [A.HeadingStart, ["#"]],
  [A.StatementNumber, [...INDENT, "("]],
  [A.OrderedListItem, [...INDENT, ...DIGITS]],
  [A.UnorderedListItem, [...INDENT, "*"]],
  [A.AsteriskBoldEnd, ["*"]],
  [A.UnderscoreBoldEnd, ["_"]],
  [A.AsteriskItalicEnd, ["*"]],
  [A.UnderscoreItalicEnd, ["_"]],
  [A.AsteriskBoldStart, ["*"]],
  [A.UnderscoreBoldStart, ["_"]],
  [A.AsteriskItalicStart, ["*"]],
  [A.UnderscoreItalicStart, ["_"]],
  [A.Freestyle, freestyleStarts()],
];

/** Every UTF-16 code unit but the ones Freestyle's `[^…]` leaves out. */
function freestyleStarts(): number[] {
  const excluded = new Set([..."\\@#*_[],.:;</>-\r\n(){}"].map((c) => c.charCodeAt(0)));
  const codes: number[] = [];
  for (let c = 0; c <= 0xffff; c++) if (!excluded.has(c)) codes.push(c);
  return codes;
}

let lexer: Lexer | null = null;

/** Built on first use (the start characters are set on Argdown's token types once, before). */
function optimizedLexer(): Lexer {
  if (lexer) return lexer;
  // Read only when a lexer is built; Argdown's own lexer was built when its module loaded.
  for (const [token, chars] of startChars()) token.START_CHARS_HINT = chars;
  // The modes of @argdown/core 1.7.5's lexerConfig, in its order (the order decides ties).
  lexer = new Lexer(
    {
      modes: {
        default_mode: [
          A.Comment,
          A.FrontMatter,
          A.Data,
          A.EscapedChar,
          A.SpecialChar,
          A.Emptyline,
          A.Newline,
          A.Dedent,
          A.Indent,
          A.InferenceStart,
          A.IncomingSupport,
          A.IncomingAttack,
          A.OutgoingSupport,
          A.OutgoingAttack,
          A.Contradiction,
          A.IncomingUndercut,
          A.OutgoingUndercut,
          A.HeadingStart,
          A.StatementNumber,
          A.OrderedListItem,
          A.UnorderedListItem,
          A.AsteriskBoldEnd,
          A.UnderscoreBoldEnd,
          A.AsteriskItalicEnd,
          A.UnderscoreItalicEnd,
          A.AsteriskBoldStart,
          A.UnderscoreBoldStart,
          A.AsteriskItalicStart,
          A.UnderscoreItalicStart,
          A.Link,
          A.Tag,
          A.StatementDefinition,
          A.StatementReference,
          A.StatementMention,
          A.ArgumentDefinition,
          A.ArgumentReference,
          A.ArgumentMention,
          A.Spaces,
          A.Freestyle,
          A.UnusedControlChar,
        ],
        inference_mode: [
          A.Comment,
          A.Newline,
          A.EscapedChar,
          A.SpecialChar,
          A.InferenceEnd,
          A.Data,
          A.ListDelimiter,
          A.Spaces,
          A.Freestyle,
          A.UnusedControlChar,
        ],
      },
      defaultMode: "default_mode",
    },
    // Refuse to build rather than silently fall back to trying every pattern at every offset.
    { ensureOptimizations: true, positionTracking: "full" },
  );
  return lexer;
}

/** Argdown's `tokenize`, token for token, on the optimized lexer. */
export function tokenizeArgdown(text: string): ILexingResult {
  const lexer = optimizedLexer();
  // Argdown's matchers keep their indentation and emphasis stacks in their module; its own
  // tokenize resets them first, and tokenizing nothing does only that.
  argdownTokenize("");
  const result = lexer.tokenize(text);
  // As Argdown does (its words): the caller reads any lexer error as a file it cannot read.
  if (result.errors.length > 0) throw new Error("sad sad panda lexing errors detected");
  const tokens = result.tokens;
  const last = tokens.at(-1);
  if (last && tokenMatcher(last, A.Emptyline)) tokens.pop();
  // The indentation still open at the end closes here, as Argdown's tokenize closes it: its
  // stack is as deep as the indents not yet matched by a dedent.
  let open = 0;
  for (const t of tokens) {
    if (tokenMatcher(t, A.Indent)) open++;
    else if (tokenMatcher(t, A.Dedent)) open--;
  }
  if (open > 0) {
    const end = tokens.at(-1);
    const offset = end?.endOffset ?? 0;
    const line = !end
      ? 1
      : (end.endLine ?? 1) + (tokenMatcher(end, A.Emptyline) || tokenMatcher(end, A.Newline) ? 1 : 0);
    const column = end?.endColumn || 0;
    for (let i = 0; i < open; i++)
      tokens.push(createTokenInstance(A.Dedent, "", offset, offset, line, line, column, column));
  }
  return result;
}

/**
 * Argdown's ParserPlugin (1.7.5) with the optimized lexer: the same response fields, and like the
 * ParserPlugin made without settings, lexer and parser errors are reported, not thrown.
 */
export class FastParserPlugin implements IArgdownPlugin {
  name = "ParserPlugin";

  run(request: IArgdownRequest, response: IArgdownResponse): IArgdownResponse {
    if (!request.input) {
      throw new ArgdownPluginError(this.name, "missing-input-request-field", "No input field in request.");
    }
    const lexed = tokenizeArgdown(request.input);
    response.tokens = lexed.tokens;
    response.lexerErrors = lexed.errors;
    argdownParser.input = lexed.tokens;
    response.ast = argdownParser.argdown();
    response.parserErrors = argdownParser.errors;
    const last = lexed.tokens.at(-1);
    for (const error of response.parserErrors ?? []) {
      // As Argdown does: an error at the end points at the last token's end, not at nowhere
      // (with no token at all Argdown's plugin throws, and the caller reads the text as empty).
      if (error.token && tokenMatcher(error.token, EOF)) {
        if (!last) throw new ArgdownPluginError(this.name, "parser-error", "nothing but layout to parse");
        const line = last.endLine || 1;
        const offset = last.endOffset || 1;
        const column = last.endColumn || 1;
        error.token = createTokenInstance(EOF, "", offset, offset, line, line, column, column);
      }
    }
    return response;
  }
}
