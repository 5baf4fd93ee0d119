// Clash's marks in a Verbatim .docx: what a debate holds that Verbatim has no place for (an
// argument's kind, side, role, speech and response type, and its connections), written as hidden
// bookmarks on the paragraph of the argument. Word keeps bookmarks with their paragraph when the
// file is edited, never shows a name starting with "_", and other readers ignore them. A bookmark
// name is at most 40 letters, digits and underscores, so the fields are codes: each one character,
// its place in Clash's vocabulary in base 36 ("0" for none where none is allowed).
import { NODE_KINDS, RELATIONS, RESPONSE_TYPES, ROLES, SIDES, SPEECHES } from "../../vocabulary";
import type { NodeKind, Relation, ResponseType, Role, Side, Speech } from "../../vocabulary";

export type MarkedFields = {
  kind: NodeKind;
  side: Side;
  role: Role | null;
  speech: Speech | null;
  responseType: ResponseType | null;
};

/** An argument's mark: `_Clash<n>_<kind><side><role><speech><response>`; n numbers the file's arguments from 1. */
const NODE_MARK = /^_Clash(\d{1,9})_([0-9a-z])([0-9a-z])([0-9a-z])([0-9a-z])([0-9a-z])$/;
/** A connection's mark, on the paragraph of its source: `_ClashE<from>_<to>_<relation>`. */
const EDGE_MARK = /^_ClashE(\d{1,9})_(\d{1,9})_([0-9a-z])$/;

const code = (i: number) => i.toString(36);
const required = <T>(list: readonly T[], v: T) => code(Math.max(0, list.indexOf(v)));
const optional = <T>(list: readonly T[], v: T | null) => (v === null ? "0" : code(list.indexOf(v) + 1));
const read = <T>(list: readonly T[], c: string): T | undefined => list[parseInt(c, 36)];
const readOptional = <T>(list: readonly T[], c: string): T | null | undefined =>
  c === "0" ? null : list[parseInt(c, 36) - 1];

export function nodeMark(n: number, f: MarkedFields): string {
  return `_Clash${n}_${required(NODE_KINDS, f.kind)}${required(SIDES, f.side)}${optional(ROLES, f.role)}${optional(SPEECHES, f.speech)}${optional(RESPONSE_TYPES, f.responseType)}`;
}

export function edgeMark(from: number, to: number, relation: Relation): string {
  return `_ClashE${from}_${to}_${required(RELATIONS, relation)}`;
}

/** A paragraph's Clash marks read back: the argument's number and fields, and its connections. Unknown codes are no mark. */
export function readMarks(marks: readonly string[] | undefined): {
  node: { n: number; fields: MarkedFields } | null;
  edges: { from: number; to: number; relation: Relation }[];
} {
  let node: { n: number; fields: MarkedFields } | null = null;
  const edges: { from: number; to: number; relation: Relation }[] = [];
  for (const name of marks ?? []) {
    const m = NODE_MARK.exec(name);
    if (m && !node) {
      const kind = read(NODE_KINDS, m[2]!);
      const side = read(SIDES, m[3]!);
      const role = readOptional(ROLES, m[4]!);
      const speech = readOptional(SPEECHES, m[5]!);
      const responseType = readOptional(RESPONSE_TYPES, m[6]!);
      if (kind && side && role !== undefined && speech !== undefined && responseType !== undefined)
        node = { n: Number(m[1]), fields: { kind, side, role, speech, responseType } };
      continue;
    }
    const e = EDGE_MARK.exec(name);
    const relation = e ? read(RELATIONS, e[3]!) : undefined;
    if (e && relation) edges.push({ from: Number(e[1]), to: Number(e[2]), relation });
  }
  return { node, edges };
}

/**
 * The mark of a heading Clash wrote only to order the file (a pocket per speech for arguments in
 * no group of their own): read back, it makes no group, since the debate had none.
 */
export const OUTLINE_MARK = "_ClashOutline";
export const isOutline = (marks: readonly string[] | undefined) => !!marks?.includes(OUTLINE_MARK);

/** A bookmark Clash wrote (the reader keeps only these: Word's own, like _GoBack and _Toc…, mean nothing here). */
export const isClashMark = (name: string) => name.startsWith("_Clash");
