import type { EdgeDto } from "@/lib/domain/schemas";

const index = new WeakMap<Record<string, EdgeDto>, Map<string, EdgeDto[]>>();
const NONE: EdgeDto[] = [];

/**
 * One argument's connections (either end), in the store's edge order. Indexed once per edge set:
 * the store replaces `edges` whenever a connection changes and keeps it otherwise, so inspector
 * selectors cost the argument's degree on each edit, not a pass over every connection of the map.
 * The same array comes back while nothing changed, so selectors settle without a shallow compare.
 */
export function edgesOf(edges: Record<string, EdgeDto>, id: string): EdgeDto[] {
  let byNode = index.get(edges);
  if (!byNode) {
    byNode = new Map();
    const add = (nid: string, e: EdgeDto) => {
      const list = byNode!.get(nid);
      if (list) list.push(e);
      else byNode!.set(nid, [e]);
    };
    for (const e of Object.values(edges)) {
      add(e.source, e);
      if (e.target !== e.source) add(e.target, e);
    }
    index.set(edges, byNode);
  }
  return byNode.get(id) ?? NONE;
}
