/**
 * The editor's arguments as a Map, built once per `nodes` object (the store replaces it on every
 * change, never edits it in place). At 20,000 arguments a build takes about 20 ms, and zooming
 * through the overview's levels asked for one several times at every level it crossed.
 */
const maps = new WeakMap<object, ReadonlyMap<string, unknown>>();

export function nodeMap<N>(nodes: Readonly<Record<string, N>>): ReadonlyMap<string, N> {
  let map = maps.get(nodes) as ReadonlyMap<string, N> | undefined;
  if (!map) {
    // A loop, not `new Map(Object.entries(…))`: no pair array per argument.
    const built = new Map<string, N>();
    for (const id of Object.keys(nodes)) built.set(id, nodes[id]!);
    maps.set(nodes, (map = built));
  }
  return map;
}
