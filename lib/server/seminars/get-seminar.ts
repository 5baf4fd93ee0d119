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
export async function getSeminar({
  seminarId,
  user,
}: {
  user: SessionUser | null;
  seminarId: string;
}): Promise<SeminarDto> {
  return withRead(async (db) => {
    const access = await accessSeminar(db, seminarId, user);
    const { seminar, debate } = access;
    // The log position first: a change landing during the reads is signalled again (harmless).
    const last = await db.change.aggregate({ where: { debateId: seminar.debateId }, _max: { seq: true } });
    const [nodes, edges, sources, stats, seats, tasks, contributions, elsewhere, instructor, speeches] =
      await Promise.all([
        db.argNode.findMany({ where: { debateId: seminar.debateId }, orderBy: { createdAt: "asc" } }),
        db.edge.findMany({ where: { debateId: seminar.debateId }, orderBy: { createdAt: "asc" } }),
        db.source.findMany({
          where: { debateId: seminar.debateId },
          orderBy: { createdAt: "asc" },
          omit: { text: true },
        }),
        sourceStats(seminar.debateId),
        db.seminarParticipant.findMany({
          where: { seminarId: seminar.id },
          include: { user: { select: { name: true } } },
          orderBy: { number: "asc" },
        }),
        db.seminarTask.findMany({ where: { seminarId: seminar.id }, orderBy: { openedAt: "asc" } }),
        db.seminarContribution.findMany({ where: { seminarId: seminar.id }, orderBy: { createdAt: "asc" } }),
        db.seminarContribution.findMany({
          where: { seminar: { debateId: seminar.debateId }, seminarId: { not: seminar.id }, nodeId: { not: null } },
          select: { nodeId: true },
        }),
        db.user.findUnique({ where: { id: seminar.instructorId }, select: { name: true } }),
        presentSpeeches(db, seminar.debateId),
      ]);
    const viewer: Viewer = {
      role: access.role,
      participantId: access.participant?.id ?? null,
      anonymous: seminar.anonymous,
    };
    const seatOf = new Map(seats.map((p) => [p.id, p]));
    const full = { nodes: nodes.map(toNodeDto), edges: edges.map(toEdgeDto) };
    const ours = new Set(contributions.flatMap((c) => (c.nodeId ? [c.nodeId] : [])));
    const others = new Set(elsewhere.map((c) => c.nodeId!));
    const students = studentGraph(full, { revealed: seminar.revealed, ours, others });
    const graph = access.role === "student" ? students : full;
    const taskDtos = tasks.map(toTaskDto);
    const me = access.participant;
    return SeminarDto.parse({
      id: seminar.id,
      debateId: seminar.debateId,
      debateTitle: debate.title,
      resolution: debate.resolution,
      code: seminar.code,
      status: seminar.status,
      allowGuests: seminar.allowGuests,
      anonymous: seminar.anonymous,
      version: seminar.version,
      revealedIndex: seminar.revealed,
      live: liveSpeech(seminar.revealed),
      speeches,
      decision: full.nodes.some((n) => n.role === "decision" && !ours.has(n.id) && !others.has(n.id)),
      role: access.role,
      me: { label: me && seminar.anonymous ? studentLabel(me.number) : access.user.name, name: access.user.name },
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
      ...(access.role === "instructor" ? { shownToStudents: students.nodes.map((n) => n.id) } : {}),
      createdAt: seminar.createdAt.toISOString(),
      endedAt: seminar.endedAt?.toISOString() ?? null,
    });
  });
}
