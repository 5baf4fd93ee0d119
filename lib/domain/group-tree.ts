import type { NodeGroupDto } from "./schemas";

type Group = Pick<NodeGroupDto, "id" | "parentId" | "title" | "kind" | "order">;

/** A group and every group nested under it (pocket ⊃ hat ⊃ block, or nested headings). */
export function groupWithDescendants(groups: readonly Pick<Group, "id" | "parentId">[], id: string): string[] {
  const children = new Map<string, string[]>();
  for (const g of groups) {
    if (!g.parentId) continue;
    const list = children.get(g.parentId) ?? [];
    list.push(g.id);
    children.set(g.parentId, list);
  }
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const g = stack.pop()!;
    // A parent cycle in a hand-edited file must not loop.
    if (seen.has(g)) continue;
    seen.add(g);
    out.push(g);
    stack.push(...(children.get(g) ?? []));
  }
  return out;
}

/** The groups as an outline: parents before their children, siblings in file order, with depth. */
export function groupOutline<G extends Group>(groups: readonly G[]): { group: G; depth: number }[] {
  const ids = new Set(groups.map((g) => g.id));
  const byParent = new Map<string | null, G[]>();
  for (const g of groups) {
    const parent = g.parentId && ids.has(g.parentId) ? g.parentId : null;
    const list = byParent.get(parent) ?? [];
    list.push(g);
    byParent.set(parent, list);
  }
  for (const list of byParent.values()) list.sort((a, b) => a.order - b.order);
  const out: { group: G; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const g of byParent.get(parent) ?? []) {
      if (seen.has(g.id)) continue;
      seen.add(g.id);
      out.push({ group: g, depth });
      walk(g.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
