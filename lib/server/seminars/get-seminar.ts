import "server-only";
import { liveSpeech, studentGraph, studentLabel } from "@/lib/domain/seminar";
import { SeminarDto } from "@/lib/domain/seminar-schemas";
import type { SessionUser } from "../auth-guard";
import { withRead } from "../tx";
import { toEdgeDto, toNodeDto, toSourceSummary } from "../mappers";
import { sourceStats } from "../sources/source-stats";
import { presentSpeeches } from "./reveal-speech";
import { accessSeminar } from "./seminar-access";
import { toContributionDto, toParticipantDto, toTaskDto, type Viewer } from "./seminar-dto";

/**
 * A seminar as its viewer may see it. Instructors: the whole debate, every name, all feedback.
 * Students: only revealed speeches plus the seminar's contributions, classmates as "Student N"
 * when anonymous, and feedback only on their own contributions once released.
 */
export async function getSeminar(o: { user: SessionUser | null; seminarId: string }): Promise<SeminarDto> {
  return withRead(async (db) => {
    const a = await accessSeminar(db, o.seminarId, o.user);
    const { seminar: s, debate } = a;
    // The log position first: a change landing during the reads is signalled again (harmless).
    const last = await db.change.aggregate({ where: { debateId: s.debateId }, _max: { seq: true } });
    const [nodes, edges, sources, stats, seats, tasks, contributions, elsewhere, instructor, speeches] = await Promise.all([
      db.argNode.findMany({ where: { debateId: s.debateId }, orderBy: { createdAt: "asc" } }),
      db.edge.findMany({ where: { debateId: s.debateId }, orderBy: { createdAt: "asc" } }),
      db.source.findMany({ where: { debateId: s.debateId }, orderBy: { createdAt: "asc" }, omit: { text: true } }),
      sourceStats(s.debateId),
      db.seminarParticipant.findMany({ where: { seminarId: s.id }, include: { user: { select: { name: true } } }, orderBy: { number: "asc" } }),
      db.seminarTask.findMany({ where: { seminarId: s.id }, orderBy: { openedAt: "asc" } }),
      db.seminarContribution.findMany({ where: { seminarId: s.id }, orderBy: { createdAt: "asc" } }),
      db.seminarContribution.findMany({ where: { seminar: { debateId: s.debateId }, seminarId: { not: s.id }, nodeId: { not: null } }, select: { nodeId: true } }),
      db.user.findUnique({ where: { id: s.instructorId }, select: { name: true } }),
      presentSpeeches(db, s.debateId),
    ]);
    const viewer: Viewer = { role: a.role, participantId: a.participant?.id ?? null, anonymous: s.anonymous };
    const seatOf = new Map(seats.map((p) => [p.id, p]));
    const full = { nodes: nodes.map(toNodeDto), edges: edges.map(toEdgeDto) };
    const ours = new Set(contributions.flatMap((c) => (c.nodeId ? [c.nodeId] : [])));
    const students = studentGraph(full, { revealed: s.revealed, ours, others: new Set(elsewhere.map((c) => c.nodeId!)) });
    const graph = a.role === "student" ? students : full;
    const taskDtos = tasks.map(toTaskDto);
    const me = a.participant;
    return SeminarDto.parse({
      id: s.id, debateId: s.debateId, debateTitle: debate.title, resolution: debate.resolution, code: s.code, status: s.status,
      allowGuests: s.allowGuests, anonymous: s.anonymous, version: s.version, revealedIndex: s.revealed, live: liveSpeech(s.revealed), speeches,
      role: a.role,
      me: { label: me && s.anonymous ? studentLabel(me.number) : a.user.name, name: a.user.name },
      instructorName: instructor?.name ?? "",
      task: taskDtos.find((t) => t.open) ?? null,
      tasks: taskDtos,
      participants: seats.map((p) => toParticipantDto(p, viewer)),
      contributions: contributions.map((c) => toContributionDto(c, seatOf.get(c.participantId)!, viewer)),
      graph: {
        seq: last._max.seq ?? 0,
        ...graph,
        sources: sources.map((x) => toSourceSummary({ ...x, ...(stats.get(x.id) ?? { length: 0, cardCount: 0 }) })),
      },
      ...(a.role === "instructor" ? { shownToStudents: students.nodes.map((n) => n.id) } : {}),
      createdAt: s.createdAt.toISOString(),
      endedAt: s.endedAt?.toISOString() ?? null,
    });
  });
}
