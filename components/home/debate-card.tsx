import Link from "next/link";
import type { DebateSummaryDto } from "@/lib/domain/schemas";
import { countOf } from "@/lib/domain/group-thousands";
import { roleNote } from "@/lib/domain/debate-list";
import { UpdatedAt } from "./updated-at";

/** One debate on the home page (rendered on the server; the list around it filters and sorts). */
export function DebateCard({ debate: d }: { debate: DebateSummaryDto }) {
  const note = roleNote(d);
  return (
    <Link href={`/debates/${d.id}`} className="debate-card card" data-testid="debate-card">
      <div className="debate-card-top">
        <h2>{d.title}</h2>
        <span className={`badge badge-${d.visibility}`}>{d.visibility}</span>
      </div>
      {d.resolution && <p className="resolution">{d.resolution}</p>}
      <p className="muted small">
        {countOf(d.nodeCount, "argument")} · by {d.ownerName}
        {note && <span className="debate-card-role"> · {note}</span>} · updated <UpdatedAt iso={d.updatedAt} />
      </p>
    </Link>
  );
}
