// A tiny language for judged flows: nodes as "id side speech", edges as "a>b" (a rebuts b) and friends.
import type { EdgeDto, NodeDto } from "../../schemas";
import type { Relation, ResponseType, Role, Speech } from "../../vocabulary";

type Opts = { kind?: NodeDto["kind"]; role?: Role; rt?: ResponseType; title?: string };

/** `arg("h aff 1AC", { role: "harms" })`: a claim (a rebuttal once it has a response type). */
export function arg(spec: string, o: Opts = {}): NodeDto {
  const [id, side, speech] = spec.split(" ") as [string, NodeDto["side"], string | undefined];
  return {
    id,
    side,
    kind: o.kind ?? (o.rt ? "rebuttal" : "claim"),
    role: o.role ?? null,
    responseType: o.rt ?? null,
    speech: speech && speech !== "-" ? (speech as Speech) : null,
    title: o.title ?? id,
    body: "",
    position: { x: 0, y: 0 },
    version: 1,
    evidence: null,
  };
}
export const card = (spec: string, title?: string) => arg(spec, { kind: "evidence", ...(title ? { title } : {}) });

const REL: Record<string, Relation> = {
  ">": "rebuts",
  "~": "undercuts",
  "@": "turns",
  "+": "supports",
  "=": "extends",
};
let seq = 0;
/** "b>a" b rebuts a · "b~a" undercuts · "b@a" turns · "b+a" supports · "b=a" extends. */
export function edges(...specs: string[]): EdgeDto[] {
  return specs.map((s) => {
    const m = /^([^>~@+=]+)([>~@+=])(.+)$/.exec(s);
    if (!m) throw new Error(`bad edge ${s}`);
    return { id: `s${seq++}`, source: m[1]!, target: m[3]!, relation: REL[m[2]!]!, version: 1 };
  });
}
