// chevrotain 9 ships its types at its root, but its package.json "exports" points no condition at
// them, so TypeScript's "bundler" resolution cannot find them. The parts Clash uses
// (argdown-lexer.ts), as chevrotain.d.ts declares them.
declare module "chevrotain" {
  export interface TokenType {
    name: string;
    /** the characters a match can start with, for the lexer's first-character optimization */
    START_CHARS_HINT?: readonly (string | number)[];
  }
  export interface IToken {
    image: string;
    startOffset: number;
    startLine?: number;
    startColumn?: number;
    endOffset?: number;
    endLine?: number;
    endColumn?: number;
    tokenType: TokenType;
  }
  export interface ILexingError {
    offset: number;
    line: number | undefined;
    column: number | undefined;
    length: number;
    message: string;
  }
  export interface ILexingResult {
    tokens: IToken[];
    groups: Record<string, IToken[]>;
    errors: ILexingError[];
  }
  export interface IRecognitionException {
    name: string;
    message: string;
    token: IToken;
  }
  export interface ILexerConfig {
    ensureOptimizations?: boolean;
    positionTracking?: "full" | "onlyStart" | "onlyOffset";
  }
  export interface IMultiModeLexerDefinition {
    modes: Record<string, TokenType[]>;
    defaultMode: string;
  }
  export class Lexer {
    constructor(definition: IMultiModeLexerDefinition, config?: ILexerConfig);
    tokenize(text: string, initialMode?: string): ILexingResult;
  }
  export const EOF: TokenType;
  export function tokenMatcher(token: IToken, tokType: TokenType): boolean;
  export function createTokenInstance(
    tokType: TokenType,
    image: string,
    startOffset: number,
    endOffset: number,
    startLine: number,
    endLine: number,
    startColumn: number,
    endColumn: number,
  ): IToken;
}
