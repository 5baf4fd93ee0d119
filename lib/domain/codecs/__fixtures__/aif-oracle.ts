// The structure of an AIF file as AIF itself says it, independent of Clash: shared by the corpus
// tests and the held-out tests.
import { splitLocution } from "../aif-dialogue";

type RawNode = { nodeID: string | number; type: string; text: string };
type RawEdge = { fromID: string | number; toID: string | number };

/**
 * The structure of an AIF file by texts, independent of ids and of Clash: each inference with its
 * premises in order of the file, its scheme and conclusions; each conflict with its attackers and
 * target (an inference target by its own signature); each locution with what it asserts; the
 * transitions. Equal structures mean the same argument, whoever wrote the file.
 */
export function aifStructure(json: unknown): string[] {
  const root = json as { AIF?: { nodes: RawNode[]; edges: RawEdge[] } } & { nodes: RawNode[]; edges: RawEdge[] };
  const aif = root.AIF ?? root;
  // The first node of a repeated nodeID is the one that counts (as parseAif reads it).
  const byId = new Map<string, RawNode>();
  for (const n of aif.nodes) if (!byId.has(String(n.nodeID))) byId.set(String(n.nodeID), n);
  const outs = (id: string) => aif.edges.filter((e) => String(e.fromID) === id).map((e) => String(e.toID));
  const ins = (id: string) => aif.edges.filter((e) => String(e.toID) === id).map((e) => String(e.fromID));
  const type = (id: string) => byId.get(id)?.type ?? "";
  const text = (id: string) => splitLocution(byId.get(id)!.text.split("\n")[0]!).words;
  const scheme = (id: string) => {
    const n = byId.get(id) as RawNode & { scheme?: string };
    const name = [n.scheme, n.text].find(
      (v) => typeof v === "string" && !/^(RA|CA|Default (Inference|Conflict))?$/i.test(v.trim()),
    );
    return name ?? "";
  };
  const inference = (id: string) =>
    `${scheme(id)}(${ins(id)
      .filter((x) => type(x) === "I")
      .map(text)
      .sort()
      .join(" & ")}) => ${outs(id)
      .filter((x) => type(x) === "I")
      .map(text)
      .sort()
      .join(" & ")}`;
  const out = new Set<string>();
  for (const n of aif.nodes) {
    const id = String(n.nodeID);
    if (n.type === "RA") out.add(`RA ${inference(id)}`);
    if (n.type === "CA")
      for (const t of outs(id))
        out.add(
          `CA ${scheme(id)}(${ins(id)
            .filter((x) => type(x) === "I")
            .map(text)
            .sort()
            .join(" & ")}) x ${type(t) === "RA" ? `[${inference(t)}]` : text(t)}`,
        );
    if (n.type === "L")
      for (const ya of outs(id).filter((x) => type(x) === "YA"))
        for (const i of outs(ya).filter((x) => type(x) === "I"))
          out.add(`L ${splitLocution(n.text).speaker}: ${text(id)} asserts ${text(i)}`);
    if (n.type === "TA")
      out.add(
        `TA ${ins(id)
          .filter((x) => type(x) === "L")
          .map(text)
          .join()} -> ${outs(id)
          .filter((x) => type(x) === "L")
          .map(text)
          .join()}`,
      );
  }
  return [...out].sort();
}
