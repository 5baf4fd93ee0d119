"use client";
import type { Item, SideSummary } from "@/lib/domain/ballot";
import { STATUS_MARK } from "@/lib/domain/evaluation";
import { opposite } from "@/lib/domain/sides";
import { useEditorStore } from "@/lib/client/editor/editor-context";

const NAME = { aff: "Affirmative", neg: "Negative" } as const;
const SHORT = { aff: "Aff", neg: "Neg" } as const;

function Items({ label, mark, items, kind }: { label: string; mark: string; items: Item[]; kind: string }) {
  const store = useEditorStore();
  if (items.length === 0) return null;
  return (
    <section className={`ballot-group ballot-${kind}`}>
      <h4>
        <span className={`fc-mark mark-${kind}`} aria-hidden>
          {mark}
        </span>{" "}
        {label} <span className="muted">({items.length})</span>
      </h4>
      <ul>
        {items.map((i) => (
          <li key={i.id}>
            <button type="button" className="ballot-item" title={i.why} onClick={() => store.getState().select(i.id)}>
              {i.title || "(untitled)"}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One side of the ballot: its top-level arguments by status, and what the other side dropped. */
export function BallotSide({ team, summary }: { team: "aff" | "neg"; summary: SideSummary }) {
  const other = SHORT[opposite(team)];
  const total =
    summary.standing.length +
    summary.mitigated.length +
    summary.unsupported.length +
    summary.refuted.length +
    summary.contested.length;
  return (
    <section className={`ballot-side side-${team}`} aria-label={NAME[team]} data-testid={`ballot-${team}`}>
      <h3 className="ballot-side-head">
        {NAME[team]}{" "}
        <span className="ballot-score">
          {summary.standing.length} of {total} standing
        </span>
      </h3>
      {total === 0 && summary.droppedByOpponent.length === 0 && <p className="hint">No arguments yet.</p>}
      <Items label="Live offence" mark="★" kind="offence" items={summary.offence} />
      <Items label="Weighing" mark="⚖" kind="weighing" items={summary.weighing} />
      <Items label="Standing" mark={STATUS_MARK.standing} kind="standing" items={summary.standing} />
      <Items label="Mitigated" mark={STATUS_MARK.mitigated} kind="mitigated" items={summary.mitigated} />
      <Items label="Unsupported" mark={STATUS_MARK.unsupported} kind="unsupported" items={summary.unsupported} />
      <Items label="Contested" mark={STATUS_MARK.contested} kind="contested" items={summary.contested} />
      <Items label="Refuted" mark={STATUS_MARK.refuted} kind="refuted" items={summary.refuted} />
      <Items label="Not extended / new in the last rebuttal" mark="–" kind="not-extended" items={summary.notExtended} />
      <Items label="Labelled a turn, only defence" mark="↺" kind="fake-turn" items={summary.fakeTurns} />
      <Items label={`Dropped by the ${other}`} mark="!" kind="dropped" items={summary.droppedByOpponent} />
    </section>
  );
}
