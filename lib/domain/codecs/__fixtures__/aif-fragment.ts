// An AIF map without Clash's metadata whose one root is a fragment cut from a transcript (as in
// AIFdb's corpora): it is the resolution, and the debate is named after the file, not after it.
export const AIF_TRANSCRIPT_FRAGMENT = {
  nodes: [
    { nodeID: "1", type: "I", text: "involve an enormous amount of work a" },
    { nodeID: "2", type: "I", text: "Councils would need new staff." },
    { nodeID: "3", type: "RA", text: "Default Inference" },
  ],
  edges: [
    { edgeID: "a", fromID: "2", toID: "3" },
    { edgeID: "b", fromID: "3", toID: "1" },
  ],
};
