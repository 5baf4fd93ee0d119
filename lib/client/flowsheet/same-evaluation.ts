import type { NodeEvaluation } from "@/lib/domain/evaluation";

/**
 * Whether two evaluations of one argument show the same on its cell. Every edit evaluates the
 * whole debate again into new objects; a cell renders again only when what it shows changed.
 */
export function sameEvaluation(a: NodeEvaluation | undefined, b: NodeEvaluation | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.status === b.status &&
    a.dropped === b.dropped &&
    a.droppedIn === b.droppedIn &&
    a.byBlock === b.byBlock &&
    a.live === b.live &&
    a.turn === b.turn &&
    a.why === b.why
  );
}
