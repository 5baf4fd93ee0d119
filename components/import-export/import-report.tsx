"use client";
import type { ImportReport } from "@/lib/domain/codecs/types";

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** What an import created and what it could not use, said plainly. */
export function ImportReportView({ report, title, into }: { report: ImportReport; title: string; into: boolean }) {
  const { counts, skipped, warnings } = report;
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
