"use client";
import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { ballot, ballotMarkdown, roundStandsAt, type SideSummary } from "@/lib/domain/ballot";
import { slugify } from "@/lib/domain/slug";
import { useEditor } from "@/lib/client/editor/editor-context";
import { saveBlob } from "@/lib/client/save-blob";
import { useEvaluation } from "@/lib/client/editor/use-evaluation";
import { BallotSide } from "./ballot-side";
import "@/app/flow-view.css";
import { rowsInOrder } from "@/lib/client/editor/rows-in-order";

/**
 * What each side still has, ballot-style, from the editor's graph: recomputed as the graph is
 * edited. Works in any editor (flow or map): it reads the editor store only; a click selects.
 */
export function BallotPanel({ title, onClose }: { title: string; onClose?: () => void }) {
  const evaluation = useEvaluation();
  const { nodes, order, edges } = useEditor(useShallow((s) => ({ nodes: s.nodes, order: s.order, edges: s.edges })));
  const result = useMemo(
    () => ballot({ nodes: rowsInOrder(nodes, order), edges: Object.values(edges) }, evaluation),
    [nodes, order, edges, evaluation],
  );
  // A round not over yet (a seminar partway through its reveal, a round flowed live) is not decided:
  // its ballot says who is ahead, and after which speech.
  const standsAt = useMemo(() => roundStandsAt(Object.values(nodes)), [nodes]);
  const team = result.winner === "aff" ? "Affirmative" : "Negative";
  return (
    <aside id="ballot-panel" className="ballot-panel" aria-labelledby="ballot-heading" data-testid="ballot">
      <div className="ballot-head">
        <h2 id="ballot-heading">Ballot</h2>
        <button
          type="button"
          className="btn"
          onClick={() =>
            saveBlob(
              new Blob([ballotMarkdown(result, title)], { type: "text/markdown;charset=utf-8" }),
              `${slugify(title)}-ballot.md`,
            )
          }
        >
          Export Markdown
        </button>
        {onClose && (
          <button type="button" className="btn btn-ghost icon" aria-label="Close the ballot" onClick={onClose}>
            ✕
          </button>
        )}
      </div>
      <div className="ballot-tallies">
        <Tally team="aff" summary={result.aff} />
        <Tally team="neg" summary={result.neg} />
      </div>
      <h3 className="ballot-verdict" data-testid="ballot-verdict" data-winner={result.winner ?? "none"}>
        {standsAt
          ? result.winner
            ? `Ahead after the ${standsAt}: ${team}`
            : `No one ahead after the ${standsAt}`
          : result.winner
            ? `Decision: ${team}`
            : "No decision"}
      </h3>
      {standsAt && (
        <p className="hint" data-testid="ballot-unfinished">
          The round is not over: it has no 2AR yet. The decision below is where it stands after the {standsAt}.
        </p>
      )}
      <p className="ballot-decision" data-testid="ballot-decision">
        {result.decision}
      </p>
      <BallotSide team="aff" summary={result.aff} />
      <BallotSide team="neg" summary={result.neg} />
    </aside>
  );
}

/** One side's score line: live offence, standing out of its top-level arguments, and what the other side conceded. */
function Tally({ team, summary: s }: { team: "aff" | "neg"; summary: SideSummary }) {
  const total = s.standing.length + s.mitigated.length + s.unsupported.length + s.refuted.length + s.contested.length;
  return (
    <div className={`ballot-tally side-${team}`} data-testid={`tally-${team}`}>
      <span className="tally-side">{team === "aff" ? "Aff" : "Neg"}</span>
      <span className="tally-num">
        {s.standing.length}
        <small>/{total} standing</small>
      </span>
      <span className="tally-note">{s.offence.length} live offence</span>
      <span className="tally-note">
        {s.mitigated.length} mitigated · {s.unsupported.length} unsupported · {s.refuted.length} refuted ·{" "}
        {s.contested.length} contested
      </span>
      <span className="tally-note">
        {s.droppedByOpponent.length} conceded by the {team === "aff" ? "Neg" : "Aff"}
      </span>
    </div>
  );
}
