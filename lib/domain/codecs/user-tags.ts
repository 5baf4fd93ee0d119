// Which of an imported node's tags a user sees and filters by (the stored ArgNode.tags).
import { RESPONSE_TYPES, ROLES, SPEECHES } from "../vocabulary";
import type { ImportedNode } from "./types";

// Tags that carry Clash's own fields in Argdown (side, kind, speech, role, response type) are
// already fields; Kialo and AIF ids are bookkeeping. Neither is a label a person chose.
const FIELD_TAGS: ReadonlySet<string> = new Set(
  [
    "pro",
    "con",
    "rebuttal",
    "card",
    "resolution",
    "turn",
    "extends",
    ...SPEECHES,
    ...ROLES.map((r) => `role-${r}`),
    ...RESPONSE_TYPES.map((r) => `response-${r}`),
  ].map((t) => t.toLowerCase()),
);
const BOOKKEEPING = /^(?:kialo|aif):|^\((?:turn|extends):/;

/** The node's tags as a user sees them: trimmed, unique, at most 50 of at most 100 characters. */
export function userTags(node: Pick<ImportedNode, "tags">): string[] {
  const out: string[] = [];
  for (const raw of node.tags ?? []) {
    const t = raw.trim().slice(0, 100);
    if (!t || FIELD_TAGS.has(t.toLowerCase()) || BOOKKEEPING.test(t) || out.includes(t)) continue;
    out.push(t);
    if (out.length === 50) break;
  }
  return out;
}
