import { SPEECHES, type Speech } from "../vocabulary";
import { speechAt, type Team } from "./context";

/**
 * Where an argument must be answered: the other side's next speech group after it. The 2NC and
 * the 1NR are one group, the block: what the block ignores is "dropped by the block", and the 1AR
 * answers the block as one. Against the 1AC the Neg may answer in the 1NC or the block (both are
 * Neg constructives); everywhere else a later answer is new and too late.
 */
export type Window = { speeches: Speech[]; first: number; last: number; byBlock: boolean };

const GROUPS: { team: Team; speeches: Speech[] }[] = [
  { team: "aff", speeches: ["1AC"] },
  { team: "neg", speeches: ["1NC"] },
  { team: "aff", speeches: ["2AC"] },
  { team: "neg", speeches: ["2NC", "1NR"] },
  { team: "aff", speeches: ["1AR"] },
  { team: "neg", speeches: ["2NR"] },
  { team: "aff", speeches: ["2AR"] },
];
export const BLOCK: readonly Speech[] = ["2NC", "1NR"];

/** The group a speech belongs to (a cross-examination belongs to the speech it examines). */
function groupOf(speech: Speech): number {
  const at = speechAt(speech);
  let g = 0;
  for (let i = 0; i < GROUPS.length; i++) if (speechAt(GROUPS[i]!.speeches[0]!) <= at) g = i;
  return g;
}

/** The window in which `answerer` must answer an argument made in `speech`, or null when none is left. */
export function answerWindow(speech: Speech, answerer: Team): Window | null {
  const from = groupOf(speech);
  let g = from + 1;
  while (g < GROUPS.length && GROUPS[g]!.team !== answerer) g++;
  const group = GROUPS[g];
  if (!group) return null;
  const speeches = speech === "1AC" && answerer === "neg" ? (["1NC", ...BLOCK] as Speech[]) : group.speeches;
  return {
    speeches,
    first: speechAt(speeches[0]!),
    last: speechAt(speeches[speeches.length - 1]!),
    byBlock: speeches[0] === "2NC",
  };
}

/** "dropped in the 1NC", "dropped by the block" */
export function dropPhrase(droppedIn: Speech, byBlock: boolean): string {
  return byBlock ? "dropped by the block (2NC and 1NR)" : `dropped in the ${droppedIn}`;
}

/** The last rebuttal of each side: what a judge votes on is what it carries. */
export const LAST_REBUTTAL: Record<Team, Speech> = { aff: "2AR", neg: "2NR" };
/** Each side's rebuttal stages in order (the block counts as one), through which an argument must be carried. */
export const STAGES: Record<Team, Speech[][]> = { aff: [["1AR"], ["2AR"]], neg: [[...BLOCK], ["2NR"]] };
export const SPEECH_COUNT = SPEECHES.length;
