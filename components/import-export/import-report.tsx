"use client";
import { useId } from "react";
import type { ImportReport } from "@/lib/domain/codecs/types";
import type { ImportLayout } from "@/lib/domain/import-positions";
import "@/app/import-layout.css";

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/**
 * What an import created and what it could not use, said plainly. A file that placed its arguments
 * itself keeps its positions unless the user chooses a layout for reading (given `onLayout`).
 */
export function ImportReportView({
  report,
  title,
  into,
  layout = "keep",
  onLayout,
}: {
  report: ImportReport;
  title: string;
  into: boolean;
  layout?: ImportLayout;
  onLayout?: (layout: ImportLayout) => void;
}) {
  const { counts, skipped, warnings } = report;
  const name = useId();
  return (
    <section className="import-report" data-testid="import-report" aria-live="polite">
      <p className="import-report-lead">
        {into ? "Added to" : "Imported"} <strong>{title}</strong>:
      </p>
      <p data-testid="import-created" data-nodes={counts.nodes} data-edges={counts.edges} data-sources={counts.sources}>
        Created {plural(counts.nodes, "argument")}, {plural(counts.edges, "connection")} and{" "}
        {plural(counts.sources, "source")}.
      </p>
      {report.document && (
        <p data-testid="import-document">
          The Word file held {plural(report.document.pockets, "pocket")}, {plural(report.document.hats, "hat")},{" "}
          {plural(report.document.blocks, "block")}, {plural(report.document.cards, "card")} and{" "}
          {plural(report.document.analytics, "analytic")}.
        </p>
      )}
      {report.positions === "laid-out" && counts.nodes > 0 && (
        <p className="small muted" data-testid="import-laid-out">
          The file gave no positions, so the map was laid out for reading.
        </p>
      )}
      {report.positions === "file" && onLayout && (
        <fieldset className="import-layout" data-testid="import-layout">
          <legend>The file placed its arguments</legend>
          <label>
            <input
              type="radio"
              name={name}
              value="keep"
              checked={layout === "keep"}
              onChange={() => onLayout("keep")}
            />{" "}
            Keep the file&apos;s positions
          </label>
          <label>
            <input
              type="radio"
              name={name}
              value="compact"
              checked={layout === "compact"}
              onChange={() => onLayout("compact")}
            />{" "}
            Lay out for reading (answers beside what they answer, sides apart; one undoable change)
          </label>
        </fieldset>
      )}
      {skipped.length > 0 && (
        <ul className="import-skipped" data-testid="import-skipped">
          {skipped.map((s, i) => (
            <li key={i}>
              Skipped {s.count.toLocaleString("en-US")} {s.what} — {s.why}.
            </li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <details className="import-warnings">
          <summary>{plural(warnings.length, "note")} on the import</summary>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
