import { Fragment, memo } from "react";
import type { Evidence } from "@/lib/domain/schemas";
import { highlightedParts } from "@/lib/client/reader/highlight-ranges";

/** A card collapsed to the words read aloud, joined by " … "; the whole quote when none are highlighted. */
function OnlyHighlightedImpl({
  quote,
  highlights,
  clamp,
}: {
  quote: string;
  highlights: Evidence["highlights"];
  clamp?: boolean;
}) {
  const parts = highlightedParts(quote, highlights);
  if (!parts) return <blockquote className={`quote${clamp ? " clamp" : ""}`}>{quote}</blockquote>;
  return (
    <blockquote className={`quote only-highlighted${clamp ? " clamp" : ""}`} data-testid="only-highlighted">
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && <span className="ellipsis"> … </span>}
          <mark>{p}</mark>
        </Fragment>
      ))}
    </blockquote>
  );
}

export const OnlyHighlighted = memo(OnlyHighlightedImpl);
