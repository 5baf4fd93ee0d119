"use client";
import { countOf } from "@/lib/domain/group-thousands";

/** What a map or flow shows while its graph loads, or when it could not be loaded. */
export function GraphLoading({
  what,
  count,
  error,
  onRetry,
  testId,
}: {
  what: "map" | "flow";
  count: number;
  error?: string;
  onRetry: () => void;
  testId: string;
}) {
  if (error !== undefined) {
    return (
      <div className="map-loading" role="alert">
        <p>
          The {what} could not be loaded: {error}.
        </p>
        <button className="btn" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <div className="map-loading" aria-busy="true" data-testid={testId}>
      <span className="spinner" /> Loading {countOf(count, "argument")}…
    </div>
  );
}
