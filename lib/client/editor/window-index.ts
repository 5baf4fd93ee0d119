import type { ArgumentRfNode, RelationRfEdge } from "./to-flow";

export type Picked = { nodes: ArgumentRfNode[]; edges: RelationRfEdge[] };

const ascending = (a: number, b: number) => a - b;

/**
 * Where each argument sits in React Flow's list, and where each argument's outgoing relations sit
 * in theirs: a window is then picked from its own ids (a few hundred at any level of the overview)
 * instead of by a pass over all 20,000 arguments and their relations, which each crossing into a
 * level of the overview paid (5–7 ms of it). The lists change identity on every selection or drag
 * frame, with the same arguments at the same places: the argument index is kept across those and
 * checked id by id as it is read, and rebuilt only when an id is not where it says. The relations'
 * index is rebuilt when their list changes (rarely: an edit of a relation).
 */
export class WindowIndex {
  private nodesIndexed: readonly ArgumentRfNode[] | null = null;
  private at = new Map<string, number>();
  private edgesIndexed: readonly RelationRfEdge[] | null = null;
  private from = new Map<string, number[]>();

  /** The arguments in `inView`, in the list's order, and the relations with both ends in it, in theirs. */
  pick(rfNodes: readonly ArgumentRfNode[], rfEdges: readonly RelationRfEdge[], inView: ReadonlySet<string>): Picked {
    let where = this.placesOf(rfNodes, inView);
    if (!where) {
      this.indexNodes(rfNodes);
      where = this.placesOf(rfNodes, inView)!;
    }
    if (this.edgesIndexed !== rfEdges) this.indexEdges(rfEdges);
    const edgeAt: number[] = [];
    for (const id of inView) {
      for (const i of this.from.get(id) ?? []) if (inView.has(rfEdges[i]!.target)) edgeAt.push(i);
    }
    return {
      nodes: where.sort(ascending).map((i) => rfNodes[i]!),
      edges: edgeAt.sort(ascending).map((i) => rfEdges[i]!),
    };
  }

  /** Where each id of `inView` sits; null when the index cannot say and was built from another list. */
  private placesOf(rfNodes: readonly ArgumentRfNode[], inView: ReadonlySet<string>): number[] | null {
    const out: number[] = [];
    for (const id of inView) {
      const i = this.at.get(id);
      if (i !== undefined && rfNodes[i]?.id === id) out.push(i);
      // Not in this list (filtered out, deleted, or an id kept for a selection): the index was
      // built from it, so it is simply not there.
      else if (this.nodesIndexed !== rfNodes) return null;
    }
    return out;
  }

  private indexNodes(rfNodes: readonly ArgumentRfNode[]) {
    this.at = new Map();
    rfNodes.forEach((n, i) => this.at.set(n.id, i));
    this.nodesIndexed = rfNodes;
  }

  private indexEdges(rfEdges: readonly RelationRfEdge[]) {
    this.from = new Map();
    rfEdges.forEach((e, i) => {
      const list = this.from.get(e.source);
      if (list) list.push(i);
      else this.from.set(e.source, [i]);
    });
    this.edgesIndexed = rfEdges;
  }
}
