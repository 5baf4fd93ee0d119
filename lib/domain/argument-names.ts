import type { Relation, NodeKind, Side } from "./vocabulary";

/** A title as a screen reader should hear it inside a sentence (quoted, "untitled" when empty). */
export function quotedTitle(title: string | null | undefined): string {
  const t = (title ?? "").trim();
  return t ? `‘${t.length > 120 ? `${t.slice(0, 117)}…` : t}’` : "an untitled argument";
}

/** The accessible name of a connection, from titles and never ids: "‘A’ rebuts ‘B’". */
export function connectionName(
  source: string | null | undefined,
  relation: Relation,
  target: string | null | undefined,
): string {
  return `${quotedTitle(source)} ${relation} ${quotedTitle(target)}`;
}

const SIDE_WORD: Record<Side, string> = { aff: "Affirmative", neg: "Negative", neutral: "Neutral" };
const KIND_WORD: Record<NodeKind, string> = {
  claim: "claim",
  rebuttal: "rebuttal",
  evidence: "evidence",
  argument: "argument",
};

/**
 * The name of one argument in the outline: side, kind, title, status and how it meets its parent,
 * e.g. "Negative rebuttal: ‘Training is conditioned’ — standing, rebuts ‘Unconditioned U.S.
 * training fuels extremism’".
 */
export function argumentName(p: {
  side: Side;
  kind: NodeKind;
  title: string;
  status?: string | null;
  /** the dropped mark as shown ("dropped in the 1AR"), when it is dropped */
  dropped?: string | null;
  relation?: Relation | null;
  parentTitle?: string | null;
}): string {
  const head = `${SIDE_WORD[p.side]} ${KIND_WORD[p.kind]}: ${quotedTitle(p.title)}`;
  const tail = [
    p.status ?? null,
    p.dropped || null,
    p.relation ? `${p.relation} ${quotedTitle(p.parentTitle)}` : null,
  ].filter(Boolean);
  return tail.length ? `${head} — ${tail.join(", ")}` : head;
}
