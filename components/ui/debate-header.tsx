import type { DebateSummaryDto } from "@/lib/domain/schemas";
import { roleAtLeast } from "@/lib/domain/vocabulary";
import type { SessionUser } from "@/lib/server/auth-guard";
import { StartSeminar } from "@/components/seminar/start-seminar";
import { SiteHeader } from "./site-header";
import { DebateMenu } from "./debate-menu";
import { CopyDebateButton } from "./copy-debate-button";
import { DebateHeaderRow } from "./debate-header-row";

/**
 * The header of every view of a debate (map, flow, outline, focus): its title and menu, Seminar…
 * for those who may teach it, and Make a copy for a signed-in reader who does not own it. One
 * place, so a view cannot leave one out (the flow, outline and focus views had neither).
 */
export function DebateHeader({ debate, user }: { debate: DebateSummaryDto; user: SessionUser | null }) {
  return (
    <>
      <SiteHeader user={user}>
        <DebateHeaderRow folds={roleAtLeast(debate.role, "editor")}>
          <DebateMenu debate={debate} />
          {roleAtLeast(debate.role, "editor") && (
            <StartSeminar
              debateId={debate.id}
              isPublic={debate.visibility === "public"}
              buttonClassName="btn header-secondary"
            />
          )}
          {user && debate.role !== "owner" && <CopyDebateButton debateId={debate.id} />}
        </DebateHeaderRow>
      </SiteHeader>
      {debate.seminarLimited && (
        <p className="seminar-notice" data-testid="seminar-notice">
          A seminar is under way on this debate. Until it ends you see the speeches its instructor has revealed so far
          and the arguments that belong to no speech. Students join at <a href="/s">/s</a> with the code.
        </p>
      )}
    </>
  );
}
