import type { AnchorStatus } from "@/lib/domain/schemas";

const LABEL: Record<AnchorStatus, string> = {
  exact: "exact",
  moved: "moved",
  fuzzy: "approximate",
  orphaned: "orphaned",
};
const EXPLAIN: Record<AnchorStatus, string> = {
  exact: "The quote is at its place in the source.",
  moved: "The source was edited; the card found the same words at a new place.",
  fuzzy: "The source was edited; the card found a close but not identical passage. Check the quote.",
  orphaned: "Could not find this passage in the edited text. The card keeps its stored quote.",
};

/** A small badge for a card whose anchor is not exact (nothing for an exact one). */
export function StatusBadge({ status }: { status: AnchorStatus | undefined }) {
  if (!status || status === "exact") return null;
  return (
    <span className={`badge anchor-badge anchor-${status}`} title={EXPLAIN[status]} data-testid="anchor-status">
      {LABEL[status]}
    </span>
  );
}

/** A sentence about a card's anchor: a note when moved or approximate, a warning with the stored quote when orphaned. */
export function AnchorNote({
  status,
  quote,
  withQuote = true,
}: {
  status: AnchorStatus | undefined;
  quote: string;
  withQuote?: boolean;
}) {
  if (!status || status === "exact") return null;
  if (status !== "orphaned")
    return (
      <p className={`anchor-note anchor-${status}`} data-testid="anchor-note">
        {EXPLAIN[status]}
      </p>
    );
  return (
    <div className="anchor-warning" role="note" data-testid="anchor-note">
      <strong>Could not find this passage in the edited text.</strong> The card keeps its stored quote
      {withQuote ? ":" : "."}
      {withQuote && <blockquote className="quote">{quote}</blockquote>}
    </div>
  );
}
