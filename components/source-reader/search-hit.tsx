"use client";
import { memo } from "react";
import type { SearchHitDto } from "@/lib/domain/schemas";
import { KIND_LABEL } from "@/components/map-editor/labels";

/** One search result: what it is, its title, and the words around the match with the match emphasised. */
function SearchHitImpl({ hit, onOpen }: { hit: SearchHitDto; onOpen: (hit: SearchHitDto) => void }) {
  return (
    <li>
      <button
        type="button"
        className="search-hit"
        onClick={() => onOpen(hit)}
        data-testid="search-hit"
        data-hit-type={hit.type}
      >
        <span className="row small">
          <span className={`badge hit-${hit.type}`}>
            {hit.type === "source" ? "Source" : hit.kind ? KIND_LABEL[hit.kind] : "Argument"}
          </span>
          <span className="search-hit-title">{hit.title || "Untitled"}</span>
        </span>
        <span className="search-hit-snippet">
          {hit.parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
        </span>
      </button>
    </li>
  );
}

export const SearchHit = memo(SearchHitImpl);
