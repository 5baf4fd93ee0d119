// Demo debate seed: U.S. security assistance to Tajikistan after the Khalimov (Halimov) defection.
// Evidence quotes are copied verbatim from the source texts in shared/seeds/ (see `file` on each source).
// No imports; consumed by the Prisma seed script.

export type Role =
  | "thesis"
  | "harms"
  | "inherency"
  | "plan"
  | "solvency"
  | "advantage"
  | "disadvantage"
  | "uniqueness"
  | "link"
  | "internal-link"
  | "impact"
  | "counterplan"
  | "kritik"
  | "topicality"
  | "theory"
  | "framework"
  | "definition"
  | "weighing"
  | "decision";

export type Speech = "1AC" | "CX1" | "1NC" | "CX2" | "2AC" | "CX3" | "2NC" | "CX4" | "1NR" | "1AR" | "2NR" | "2AR";

export type ResponseType =
  | "answer"
  | "turn"
  | "link-turn"
  | "impact-turn"
  | "no-link"
  | "non-unique"
  | "impact-defense"
  | "permutation"
  | "extension";

import type { CiteFields } from "../../lib/domain/schemas";

export type SeedSource = {
  key: string;
  file: string;
  title: string;
  author: string;
  qualifications: string;
  publication: string;
  date: string;
  url: string;
  attribution: string;
};

export type SeedNode = {
  key: string;
  kind: "claim" | "rebuttal" | "evidence";
  side: "aff" | "neg" | "neutral";
  role?: Role;
  speech?: Speech;
  responseType?: ResponseType;
  title: string;
  body?: string;
  evidence?: {
    source: string;
    quote: string;
    cite: string;
    highlights?: string[];
    /** card markup, as passages of the quote (each must occur in it) */
    underline?: string[];
    emphasis?: string[];
    highlights2?: string[];
    citeFields?: CiteFields;
  };
};

export type SeedEdge = {
  from: string;
  to: string;
  relation: "supports" | "rebuts" | "undercuts" | "turns" | "extends";
};

export const debate: { title: string; resolution: string; description: string } = {
  title: "U.S. Security Assistance to Tajikistan",
  resolution: "The United States should condition its security assistance to Tajikistan on governance reform.",
  description:
    "The round is set in mid-2020; evidence runs from May 2015 to May 2020. In 2015 Gulmurod Khalimov (also spelled Halimov), the U.S.-trained commander of Tajikistan's elite OMON police unit, defected to ISIS and cited his American counterterrorism training in propaganda videos. Does Washington keep training Rahmon's security services, or make that help depend on governance reform?",
};

export const sources: SeedSource[] = [
  {
    key: "defense-one",
    file: "000_77afb1bee83c047c.txt",
    title: "Tajikistan’s Security Chief Has Gone Over to ISIS. Now What?",
    author: "",
    qualifications:
      "Op-ed by a Carnegie Endowment scholar (Carnegie republished it “in the media” on 20 July 2015); the author's name is not in the text as published here, so the card cites the publication",
    publication: "Defense One",
    date: "2015-07-20",
    url: "https://www.defenseone.com/ideas/2015/07/tajikistan-isis-security-assistance-defection/118102/",
    attribution: "Op-ed published by Defense One on 20 July 2015; reproduced as demo material",
  },
  {
    key: "vice",
    file: "001_d83b55d907f0c771.txt",
    title: "How the US May be Egging On the Growth of the Islamic State in Central Asia",
    author: "John Dyer",
    qualifications:
      "Journalist, VICE News; article quotes Steve Swerdlow (Human Rights Watch) and Edward Lemon (University of Exeter)",
    publication: "VICE News",
    date: "2015 (early summer)",
    url: "",
    attribution: "News article by John Dyer published by VICE News, early summer 2015; reproduced as demo material",
  },
  {
    key: "misplaced-focus",
    file: "002_42597468b928aec7.txt",
    title: "A Misplaced Focus",
    author: "Joshua Foust",
    qualifications: "Writer and analyst on Central Asia and U.S. security policy, on his own blog",
    publication: "joshuafoust.com (personal blog)",
    date: "May 2015",
    url: "https://joshuafoust.com/a-misplaced-focus/",
    attribution:
      "Blog post by Joshua Foust, May 2015 (“the Andijan massacre (ten years ago this month)”); reproduced as demo material",
  },
  {
    key: "cep",
    file: "003_ab7450e4c6b4c499.txt",
    title: "Tajikistan: Extremism & Counter-Extremism",
    author: "",
    qualifications: "Country profile by the Counter Extremism Project; no individual author named",
    publication: "Counter Extremism Project",
    date: "2020 (events through 7 May 2020)",
    url: "",
    attribution:
      "Counter Extremism Project country profile, covering events through 7 May 2020: a compiled secondary profile whose figures sometimes conflict internally (see the coach’s notes); reproduced as demo material",
  },
  {
    key: "eurasianet",
    file: "004_85ad8e1c700c4c65.txt",
    title: "State Department Downplays ISIS Threat In Central Asia",
    author: "",
    qualifications:
      "EurasiaNet report on a hearing of the U.S. Congress’s Commission on Security and Cooperation in Europe, quoting Daniel Rosenblum (Deputy Assistant Secretary of State), Frank J. Cilluffo (George Washington University) and Edward Lemon (University of Exeter); the article dates the CSCE hearing June 11, the GPO record (CSCE 114-1-4) is dated June 10, 2015. Not a State Department document",
    publication: "EurasiaNet",
    date: "June 2015",
    url: "https://eurasianet.org/s/state-department-downplays-isis-threat-in-central-asia",
    attribution:
      "EurasiaNet news report on 2015 congressional hearing testimony (author not named); reproduced as demo material",
  },
];

export const nodes: SeedNode[] = [
  // ---- Resolution ----
  {
    key: "resolution",
    kind: "claim",
    side: "neutral",
    role: "thesis",
    title: "The U.S. should condition its security assistance to Tajikistan on governance reform",
    body: "Resolved: The United States should condition its security assistance to Tajikistan on governance reform.",
  },
  // ---- 1AC ----
  {
    key: "aff-training-fuels",
    kind: "claim",
    side: "aff",
    role: "harms",
    speech: "1AC",
    title: "Unconditioned aid to a repressive state backfires: Khalimov turned his U.S. training into ISIS propaganda",
    body: "Khalimov took part in U.S. counterterrorism training five times, defected, and used that training in ISIS propaganda. Assistance with no strings to a failing, repressive state wastes itself and hands ISIS a recruiting story.",
  },
  {
    key: "ev-d1-unrestricted",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "Halimov's videos show the danger of unrestricted security assistance to failing states",
    evidence: {
      source: "defense-one",
      quote:
        "Halimov’s venomous propaganda videos, in which he cites his counterterrorism training with U.S. special operators and Blackwater in the United States, underscore the danger of providing unrestricted U.S. security assistance to failing states.",
      cite: 'Defense One 15 — "Tajikistan’s Security Chief Has Gone Over to ISIS. Now What?," op-ed, Defense One, 20 July 2015',
      highlights: [
        "cites his counterterrorism training with U.S. special operators",
        "danger of providing unrestricted U.S. security assistance to failing states",
      ],
      underline: [
        "in which he cites his counterterrorism training with U.S. special operators and Blackwater in the United States, underscore the danger of providing unrestricted U.S. security assistance to failing states",
      ],
      emphasis: ["unrestricted"],
      citeFields: {
        authors: "Defense One",
        date: "20 July 2015",
        title: "Tajikistan’s Security Chief Has Gone Over to ISIS. Now What?",
        publication: "Defense One",
      },
    },
  },
  {
    key: "ev-d1-five-occasions",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "Halimov went through U.S. special-operations training five times",
    evidence: {
      source: "defense-one",
      quote:
        "But we know that Halimov participated in U.S.-sponsored counterterrorism training programs with U.S. special operations forces on five occasions either in Tajikistan or the United States. He reportedly received U.S. instruction on a broad array of topics: tactical leadership, terrorism crisis response, and counterterrorism preparations for large events.",
      cite: 'Defense One 15 — "Tajikistan’s Security Chief Has Gone Over to ISIS. Now What?," op-ed, Defense One, 20 July 2015',
      highlights: [
        "U.S.-sponsored counterterrorism training",
        "on five occasions",
        "tactical leadership, terrorism crisis response",
      ],
      underline: [
        "Halimov participated in U.S.-sponsored counterterrorism training programs with U.S. special operations forces on five occasions",
        "received U.S. instruction on a broad array of topics: tactical leadership, terrorism crisis response, and counterterrorism preparations",
      ],
      emphasis: ["five occasions"],
      highlights2: ["broad array of topics"],
      citeFields: {
        authors: "Defense One",
        date: "20 July 2015",
        title: "Tajikistan’s Security Chief Has Gone Over to ISIS. Now What?",
        publication: "Defense One",
      },
    },
  },
  {
    key: "ev-vice-poster-boy",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "HRW: Khalimov is a poster boy for what's wrong with the security focus of U.S. policy",
    evidence: {
      source: "vice",
      quote:
        '"It\'s got to be an extremely uncomfortable moment for the embassy and the US government in Tajikistan," Steve Swerdlow, a Central Asia researcher for Human Rights Watch who is based in Kirgizstan, told VICE News. "He [Khalimov] is a poster boy for what\'s wrong with this focus in US policy."',
      cite: 'Swerdlow 15 — Steve Swerdlow, Central Asia researcher for Human Rights Watch, quoted in John Dyer, "How the US May be Egging On the Growth of the Islamic State in Central Asia," VICE News, 2015',
      highlights: [
        "extremely uncomfortable moment for the embassy",
        "poster boy for what's wrong with this focus in US policy",
      ],
      underline: [
        "extremely uncomfortable moment for the embassy and the US government in Tajikistan",
        "poster boy for what's wrong with this focus in US policy",
      ],
      emphasis: ["poster boy"],
      citeFields: {
        shortCite: "Swerdlow 15",
        authors: "Steve Swerdlow",
        qualifications: "Central Asia researcher for Human Rights Watch, quoted in John Dyer",
        date: "2015",
        title: "How the US May be Egging On the Growth of the Islamic State in Central Asia",
        publication: "VICE News",
      },
    },
  },
  {
    key: "aff-repression-drives",
    kind: "claim",
    side: "aff",
    role: "internal-link",
    speech: "1AC",
    title: "Repression and corruption drive radicalization",
    body: "Rahmon's crackdowns on devout Muslims and on the opposition create the grievances ISIS recruits on. Security assistance that strengthens that repression feeds the problem it is meant to fight.",
  },
  {
    key: "ev-d1-root-causes",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "Poor governance, corruption and repression are the main causes of instability",
    evidence: {
      source: "defense-one",
      quote:
        "Before the U.S. considers any more security or military assistance to the area, we should take heed of the main causes of instability in Eurasia: poor governance, pervasive corruption, and repression.",
      cite: 'Defense One 15 — "Tajikistan’s Security Chief Has Gone Over to ISIS. Now What?," op-ed, Defense One, 20 July 2015',
      highlights: ["main causes of instability", "poor governance, pervasive corruption, and repression"],
      underline: [
        "take heed of the main causes of instability in Eurasia: poor governance, pervasive corruption, and repression",
      ],
      emphasis: ["pervasive corruption"],
    },
  },
  {
    key: "ev-d1-hardball",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "Harassing devout Muslims fuels rather than quells radicalization",
    evidence: {
      source: "defense-one",
      quote:
        "The security services have stepped up harassment of devout Muslims—a grievance Halimov highlights in his propaganda videos, suggesting yet again that such hardball tactics fuel rather than quell radicalization.",
      cite: 'Defense One 15 — "Tajikistan’s Security Chief Has Gone Over to ISIS. Now What?," op-ed, Defense One, 20 July 2015',
      highlights: ["stepped up harassment of devout Muslims", "hardball tactics fuel rather than quell radicalization"],
    },
  },
  {
    key: "ev-vice-hr-climate",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "Human rights abuses create a climate where extremists prosper",
    evidence: {
      source: "vice",
      quote:
        '"Human rights abuses in Tajikistan certainly create a climate that allows extremists to grow and prosper," he said.',
      cite: 'Swerdlow 15 — Steve Swerdlow, Central Asia researcher for Human Rights Watch, quoted in John Dyer, "How the US May be Egging On the Growth of the Islamic State in Central Asia," VICE News, 2015',
      highlights: ["create a climate that allows extremists to grow and prosper"],
    },
  },
  {
    key: "ev-cep-stymie",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "Religious restrictions push citizens toward extremist actors",
    evidence: {
      source: "cep",
      quote:
        "However, the central government has used counterterrorism efforts as a way to further stymie political opposition and social dissent. The drastic limitations on religious freedom have persuaded some citizens to seek out alternative representation, in the form of extremist actors, to upend the current administration.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: [
        "used counterterrorism efforts as a way to further stymie political opposition",
        "persuaded some citizens to seek out alternative representation, in the form of extremist actors",
      ],
    },
  },
  {
    key: "aff-corruption",
    kind: "claim",
    side: "aff",
    role: "harms",
    speech: "1AC",
    title: "Rahmon's family-run anti-corruption agency may be pushing officials toward extremism",
    body: "The president's son runs an anti-corruption agency the family reportedly turns on rivals inside the security services. Defense One asks whether that heavy-handedness drove Halimov out; the Aff argues it is the likeliest answer.",
  },
  {
    key: "ev-d1-son",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title:
      "Rahmon's family reportedly turns the son-run anti-corruption agency on rivals — could that have driven Halimov out?",
    evidence: {
      source: "defense-one",
      quote:
        "His 27-year-old son heads the national anti-corruption agency, which the family reportedly uses to sideline or eliminate political and economic rivals and secure the loyalty of other security services. Could such heavy-handedness have driven Halimov and others from officialdom to extremism?",
      cite: 'Defense One 15 — "Tajikistan’s Security Chief Has Gone Over to ISIS. Now What?," op-ed, Defense One, 20 July 2015',
      highlights: [
        "sideline or eliminate political and economic rivals",
        "driven Halimov and others from officialdom to extremism",
      ],
    },
  },
  {
    key: "aff-religious-alienation",
    kind: "claim",
    side: "aff",
    role: "harms",
    speech: "1AC",
    title: "Religious repression alienates Tajik youth",
    body: "Beard-shaving, hijab bans, age limits on mosque and Hajj, and closed madrassas with nothing to replace them leave young Tajiks alienated and open to recruiters.",
  },
  {
    key: "ev-vice-alienation",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "Targeting Islam gives disaffected youth grounds to join ISIS",
    evidence: {
      source: "vice",
      quote:
        '"They have so repressed and so restricted religious practices and really targeted Islam, it is created a lot of tensions, a lot of alienation, a lot of grounds for disaffected youth to actually consider joining the Islamic State," said Swerdlow.',
      cite: 'Swerdlow 15 — Steve Swerdlow, Central Asia researcher for Human Rights Watch, quoted in John Dyer, "How the US May be Egging On the Growth of the Islamic State in Central Asia," VICE News, 2015',
      highlights: [
        "really targeted Islam",
        "a lot of grounds for disaffected youth to actually consider joining the Islamic State",
      ],
    },
  },
  {
    key: "ev-cep-religious-education",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "Banning Islamic teaching leaves youth more vulnerable to recruiters",
    evidence: {
      source: "cep",
      quote:
        "Despite cracking down on religious education, the government has not made any effort in constructing alternative institutions for its school-aged demographics. According to Muhammadrahim Abdumannonov, a Khujand-based expert on Tajik social issues, the prevention of Islamic teaching may deprive young groups from learning ethical morals and norms and could potentially make them more vulnerable to extremist recruitment.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020, citing Muhammadrahim Abdumannonov, a Khujand-based expert on Tajik social issues',
      highlights: [
        "has not made any effort in constructing alternative institutions",
        "more vulnerable to extremist recruitment",
      ],
    },
  },
  {
    key: "aff-us-enables",
    kind: "claim",
    side: "aff",
    role: "link",
    speech: "1AC",
    title: "The U.S. gives the regime the weapons, training and capacity to repress",
    body: "Whatever Washington says about Rahmon's policies, U.S. equipment and training are part of what lets his security services carry them out.",
  },
  {
    key: "ev-vice-lemon-capacity",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "Lemon: the U.S. gives Rahmon the weapons, training and capacity",
    evidence: {
      source: "vice",
      quote:
        '"The US — although the US may not agree with all of Rahmon\'s policies, of course — gives them the weapons and training and the capacity to do some of things it does," said Lemon.',
      cite: 'Lemon 15 — Edward Lemon, researcher at Britain\'s University of Exeter who studies the region, quoted in John Dyer, "How the US May be Egging On the Growth of the Islamic State in Central Asia," VICE News, 2015',
      highlights: ["gives them the weapons and training and the capacity"],
    },
  },
  {
    key: "aff-inherency",
    kind: "claim",
    side: "aff",
    role: "inherency",
    speech: "1AC",
    title: "Status quo: aid keeps flowing with no strings — Washington learned nothing",
    body: "Even as Dushanbe moved to ban the opposition IRPT, the U.S. embassy was handing vehicles to the security services. Current assistance carries no governance conditions.",
  },
  {
    key: "ev-d1-87-vehicles",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "Embassy delivered 87 vehicles the day prosecutors signalled the IRPT would likely lose its legal status",
    body: "(The card's 'IPRT' is the IRPT — the author's typo.)",
    evidence: {
      source: "defense-one",
      quote:
        "The American Embassy in Dushanbe delivered 87 vehicles to Tajik security services agencies on July 8, the same day the Prosecutor General’s announced the IPRT’s likely fate. It seems Washington has not learned any lessons from the Halimov affair either.",
      cite: 'Defense One 15 — "Tajikistan’s Security Chief Has Gone Over to ISIS. Now What?," op-ed, Defense One, 20 July 2015',
      highlights: ["delivered 87 vehicles to Tajik security services", "Washington has not learned any lessons"],
    },
  },
  {
    key: "aff-plan",
    kind: "claim",
    side: "aff",
    role: "plan",
    speech: "1AC",
    title: "Plan: condition U.S. security assistance to Tajikistan on governance benchmarks",
    body: "The United States will tie further security and military assistance to Tajikistan to measurable progress on corruption, religious freedom and political opposition rights, and to reform of how the security services vet their own.",
  },
  {
    key: "ev-d1-conditions",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "The U.S. must require governance improvements as a condition of security aid",
    evidence: {
      source: "defense-one",
      quote:
        "The U.S. must set more stringent conditions on security assistance — specifically, require these states to improve governance — lest it prove wasteful and counterproductive.",
      cite: 'Defense One 15 — "Tajikistan’s Security Chief Has Gone Over to ISIS. Now What?," op-ed, Defense One, 20 July 2015',
      highlights: [
        "set more stringent conditions on security assistance",
        "require these states to improve governance",
        "wasteful and counterproductive",
      ],
    },
  },
  {
    key: "aff-solvency",
    kind: "claim",
    side: "aff",
    role: "solvency",
    speech: "1AC",
    title: "Conditions take away the cover Rahmon is betting on",
    body: "Rahmon is counting on the world's fear of ISIS to hide his crackdown. Attaching conditions means he can no longer use U.S. help as a blank check. No study in the record shows conditions change Dushanbe's behaviour; the case is that the relationship is valued and that unconditional help rewards repression.",
  },
  {
    key: "ev-d1-rahmon-bet",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "Rahmon exploits ISIS fears, betting no one will notice his squeeze",
    evidence: {
      source: "defense-one",
      quote:
        "Rahmon is taking advantage of the world’s concern about ISIS, betting no one will notice this most recent squeeze on the opposition and independent Islam, and the lack of any real effort to investigate to why his government failed to discover an extremist in a senior position. This may be a well-placed bet.",
      cite: 'Defense One 15 — "Tajikistan’s Security Chief Has Gone Over to ISIS. Now What?," op-ed, Defense One, 20 July 2015',
      highlights: ["taking advantage of the world’s concern about ISIS", "betting no one will notice"],
    },
  },
  {
    key: "aff-advantage",
    kind: "claim",
    side: "aff",
    role: "advantage",
    speech: "1AC",
    title: "Advantage: deny ISIS a foothold on Afghanistan's border",
    body: "Tajikistan borders Afghanistan and is exposed to spillover from it. A more legitimate, less brittle Tajik state is the best barrier to a Central Asian ISIS front.",
  },
  {
    key: "ev-cep-spillover",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "Tajikistan's Afghan border makes it vulnerable to insurgent spillover",
    evidence: {
      source: "cep",
      quote:
        "Tajikistan is a landlocked country which shares borders with China, Uzbekistan, Kyrgyzstan, and most notably, Afghanistan, making the country vulnerable to insurgent spillover that plagues its neighbor.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: ["most notably, Afghanistan", "vulnerable to insurgent spillover"],
    },
  },
  // ---- CX1 ----
  {
    key: "cx1-plan-conditions",
    kind: "rebuttal",
    side: "aff",
    speech: "CX1",
    title: "CX: plan conditions training, it doesn't end it",
    body: "Asked whether the plan ends all training, the 1AC answers no: assistance continues as soon as benchmarks are met.",
  },
  // ---- 1NC ----
  {
    key: "neg-only-training",
    kind: "claim",
    side: "neg",
    role: "thesis",
    speech: "1NC",
    title: "Training is only training — it doesn't make terrorists",
    body: "A course in a U.S. classroom is a small part of what shapes a Tajik officer. Back home, the regime he serves constrains him far more than any training does.",
  },
  {
    key: "ev-mf-only-training",
    kind: "evidence",
    side: "neg",
    speech: "1NC",
    title: "Training is only training — dictatorships constrain trainees far more than the classroom",
    evidence: {
      source: "misplaced-focus",
      quote:
        "Again, much like with Khalimov, training is only training, and once they are back in their dictatorship commanders and troops have a lot more constraints on their behavior than they do in a classroom at Ft. Benning.",
      cite: 'Foust 15 — Joshua Foust, "A Misplaced Focus," joshuafoust.com, May 2015',
      highlights: ["training is only training", "a lot more constraints on their behavior than they do in a classroom"],
    },
  },
  {
    key: "neg-most-never-defect",
    kind: "rebuttal",
    side: "neg",
    speech: "1NC",
    responseType: "answer",
    title: "Most U.S. trainees never join ISIS — Khalimov is the exception",
    body: "Building a policy around one defector out of many trainees mistakes the exception for the rule.",
  },
  {
    key: "ev-mf-most-recipients",
    kind: "evidence",
    side: "neg",
    speech: "1NC",
    title: "Most recipients of U.S. training do not join terrorist groups",
    evidence: {
      source: "misplaced-focus",
      quote: "For starters, most recipients of U.S. training do not join ISIS or other terrorist groups.",
      cite: 'Foust 15 — Joshua Foust, "A Misplaced Focus," joshuafoust.com, May 2015',
      highlights: ["most recipients of U.S. training do not join ISIS"],
    },
  },
  {
    key: "neg-agency",
    kind: "rebuttal",
    side: "neg",
    role: "kritik",
    speech: "1NC",
    responseType: "answer",
    title: "Blaming U.S. training denies Khalimov agency",
    body: "Treating Khalimov as a passive product of American training erases his own choice to join ISIS. The aff's story of what caused his defection is wrong from the start.",
  },
  {
    key: "ev-mf-agency",
    kind: "evidence",
    side: "neg",
    speech: "1NC",
    title: "Making U.S. training his defining trait denies Khalimov agency",
    evidence: {
      source: "misplaced-focus",
      quote:
        "But more importantly: this line of argument, whereby Khalimov’s most important attribute is being a recipient of U.S. training, is inherently racist. It denies Khalimov agency in his own decisions.",
      cite: 'Foust 15 — Joshua Foust, "A Misplaced Focus," joshuafoust.com, May 2015',
      highlights: ["denies Khalimov agency in his own decisions"],
    },
  },
  {
    key: "neg-osce",
    kind: "rebuttal",
    side: "neg",
    speech: "1NC",
    responseType: "answer",
    title: "The OSCE trained police across the region too — critics single out only U.S. training",
    body: "When trained units commit abuses, critics blame only U.S. training and ignore other trainers such as the OSCE. Training is not the variable that matters.",
  },
  {
    key: "ev-mf-osce",
    kind: "evidence",
    side: "neg",
    speech: "1NC",
    title: "The OSCE ran a massive police training program in the region, including Uzbekistan",
    evidence: {
      source: "misplaced-focus",
      quote:
        "At the same time, the OSCE was running a massive police training program in the region at the time, which included Uzbekistan.\n\nNo one talks about the OSCE’s culpability at Andijan. They only care about the role American assistance may have played.",
      cite: 'Foust 15 — Joshua Foust, "A Misplaced Focus," joshuafoust.com, May 2015',
      highlights: [
        "the OSCE was running a massive police training program in the region",
        "No one talks about the OSCE’s culpability at Andijan.",
      ],
    },
  },
  {
    key: "neg-russia-more",
    kind: "rebuttal",
    side: "neg",
    speech: "1NC",
    responseType: "answer",
    title: "Russia gives far more — U.S. aid is a sideshow",
    body: "Moscow has given Tajikistan's security services hundreds of millions of dollars, far more than Washington. U.S. aid is not what gives Rahmon his capacity.",
  },
  {
    key: "ev-mf-russia",
    kind: "evidence",
    side: "neg",
    speech: "1NC",
    title: "Russia has given vastly more military assistance — hundreds of millions",
    evidence: {
      source: "misplaced-focus",
      quote:
        "In fact, I’d go so far as to suggest that using an exception to a rule, as people do by affiliating Khalimov with the U.S., is an inherently dishonest framing of the issue, especially when one considered the vastly greater amount of military assistance Russia has given Tajikistan’s security services (hundreds of millions of dollars). Surely Russia should be named as well?",
      cite: 'Foust 15 — Joshua Foust, "A Misplaced Focus," joshuafoust.com, May 2015',
      highlights: [
        "vastly greater amount of military assistance Russia has given",
        "(hundreds of millions of dollars)",
      ],
    },
  },
  {
    key: "ev-cep-russia-aid",
    kind: "evidence",
    side: "neg",
    speech: "1NC",
    title: "Moscow provides significant military aid to protect the border",
    evidence: {
      source: "cep",
      quote:
        "Moscow has also provided significant military aid to Tajikistan to help protect the border, citing the growing presence of ISIS in the Khorasan Province in Afghanistan.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: ["Moscow has also provided significant military aid to Tajikistan"],
    },
  },
  {
    key: "neg-migrant-driver",
    kind: "rebuttal",
    side: "neg",
    speech: "1NC",
    responseType: "answer",
    title: "Migrant marginalization in Russia — not repression — is the real driver",
    body: "Most Tajik recruits are radicalized as isolated labor migrants in Russian cities, outside the reach of Dushanbe's policies. Conditioning aid to Tajikistan does nothing about that.",
  },
  {
    key: "ev-state-main-driver",
    kind: "evidence",
    side: "neg",
    speech: "1NC",
    title: "Reporter's summary of Rosenblum: recruitment is driven by migrants' lack of support in Russia",
    evidence: {
      source: "eurasianet",
      quote:
        "The main driver of recruitment isn't the rising threat of radical Islam, or the poor human rights practices of Central Asian governments (probably the two most common theories put forward) but the lack of social support systems for Central Asian labor migrants in Russia, Rosenblum said:",
      cite: 'Rosenblum 15 — Daniel Rosenblum, Deputy Assistant Secretary of State for South and Central Asian Affairs, testimony at June 11 hearing of the U.S. Congress\'s Commission on Security and Cooperation in Europe, as paraphrased in "State Department Downplays ISIS Threat In Central Asia," 2015, EurasiaNet, June 2015',
      highlights: [
        "main driver of recruitment isn't",
        "the poor human rights practices of Central Asian governments",
        "lack of social support systems for Central Asian labor migrants in Russia",
      ],
    },
  },
  {
    key: "ev-cep-85-percent",
    kind: "evidence",
    side: "neg",
    speech: "1NC",
    title: "Over 85 percent of Tajik fighters were migrant workers in Russia",
    evidence: {
      source: "cep",
      quote:
        "Extremist sentiment and membership is more likely among migrant labor workers, with over 85 percent of Tajik fighters in Iraq and Syria having been migrant workers in Russia.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: ["over 85 percent of Tajik fighters", "migrant workers in Russia"],
    },
  },
  {
    key: "neg-professionalism-da",
    kind: "claim",
    side: "neg",
    role: "disadvantage",
    speech: "1NC",
    title: "DA: conditions cut the training that teaches professionalism and human-rights law",
    body: "U.S. training exposes Tajik forces to professional norms and human-rights law; making it conditional risks that exposure.",
  },
  {
    key: "ev-mf-human-rights-law",
    kind: "evidence",
    side: "neg",
    speech: "1NC",
    title: "Human rights law is a mandatory section of U.S. training",
    evidence: {
      source: "misplaced-focus",
      quote:
        "Do people really prefer the U.S. make no effort to create professionalism in national security services? Would they rather these services have zero exposure to human rights law, which is a mandatory section of the training?",
      cite: 'Foust 15 — Joshua Foust, "A Misplaced Focus," joshuafoust.com, May 2015',
      highlights: [
        "create professionalism in national security services",
        "human rights law, which is a mandatory section of the training",
      ],
    },
  },
  {
    key: "neg-small-numbers",
    kind: "rebuttal",
    side: "neg",
    role: "impact",
    speech: "1NC",
    responseType: "impact-defense",
    title: "Tiny numbers: only about 1 in 20,000 Tajik Muslims is in Iraq and Syria",
    body: "In proportion to its Muslim population, Tajikistan sends far fewer fighters than Belgium. The ISIS 'foothold' scenario is exaggerated.",
  },
  {
    key: "ev-state-20000",
    kind: "evidence",
    side: "neg",
    speech: "1NC",
    title: "1 in 20,000 Tajik Muslims vs. 1 in 1,500 Belgian Muslims",
    evidence: {
      source: "eurasianet",
      quote:
        "“Only about 1 in every 20,000 Tajik Muslims are in Iraq and Syria. Compare that to 1 in every 1,500 Belgian Muslims who have gone to fight,” Lemon said, adding that most Central Asians who have gone to join the Islamic State are unlikely to return to Central Asia.",
      cite: 'Lemon 15 — Edward Lemon, researcher focused on Central Asian fighters in the Middle East at the University of Exeter, to Foreign Policy, quoted in "State Department Downplays ISIS Threat In Central Asia," 2015, EurasiaNet, June 2015',
      highlights: ["1 in every 20,000 Tajik Muslims", "1 in every 1,500 Belgian Muslims"],
    },
  },
  {
    key: "ev-vice-144",
    kind: "evidence",
    side: "neg",
    speech: "1NC",
    title: "Most Tajiks are moderate — only about 144 have joined IS",
    evidence: {
      source: "vice",
      quote:
        "The secular legacy of communism in the former Soviet public is strong, however, so most are moderate, and only around 144 Tajiks have joined IS in Syria and Iraq, according to reports.",
      cite: 'Dyer 15 — John Dyer, "How the US May be Egging On the Growth of the Islamic State in Central Asia," VICE News, 2015',
      highlights: ["most are moderate", "only around 144 Tajiks have joined IS"],
    },
  },
  {
    key: "neg-solvency-takeout",
    kind: "rebuttal",
    side: "neg",
    role: "solvency",
    speech: "1NC",
    responseType: "answer",
    title: "Conditions can't screen out the next Khalimov — his motives were too complex",
    body: "Khalimov passed every vetting check, and the State Department itself says it does not know how to stop trainees from defecting. Governance benchmarks would not have caught him.",
  },
  {
    key: "ev-vice-vetting",
    kind: "evidence",
    side: "neg",
    speech: "1NC",
    title: "Khalimov went through all the appropriate vetting",
    evidence: {
      source: "vice",
      quote:
        "In late May, a State Department spokeswomen told CNN that Khalimov went through all the appropriate vetting before he received training.",
      cite: 'Dyer 15 — John Dyer, "How the US May be Egging On the Growth of the Islamic State in Central Asia," VICE News, 2015',
      highlights: ["went through all the appropriate vetting"],
    },
  },
  {
    key: "ev-state-complex-motives",
    kind: "evidence",
    side: "neg",
    speech: "1NC",
    title: "Rosenblum: stopping trainee defections is very difficult — motives are complex",
    evidence: {
      source: "eurasianet",
      quote:
        '"I don’t know the answer to that, to be honest with you," Rosenblum said. "It is something that we have to think long and hard about. Something tells me that it would be very difficult, because the motivations are so complex."',
      cite: 'Rosenblum 15 — Daniel Rosenblum, Deputy Assistant Secretary of State for South and Central Asian Affairs, testimony at June 11 hearing of the U.S. Congress\'s Commission on Security and Cooperation in Europe, reported in "State Department Downplays ISIS Threat In Central Asia," 2015, EurasiaNet, June 2015',
      highlights: ["it would be very difficult, because the motivations are so complex"],
    },
  },
  {
    key: "neg-inherency-answer",
    kind: "rebuttal",
    side: "neg",
    role: "inherency",
    speech: "1NC",
    responseType: "answer",
    title: "The U.S. already presses Dushanbe on human rights at the highest levels",
    body: "American diplomats already raise governance and religious freedom with Tajikistan. The aff's 'no strings' story leaves out that pressure.",
  },
  {
    key: "ev-vice-jhunjhunwala",
    kind: "evidence",
    side: "neg",
    speech: "1NC",
    title: "State Dept raises human rights and religious freedom in bilateral talks",
    evidence: {
      source: "vice",
      quote:
        '"We raise issues of human rights, good governance, and democratic development — including adherence to international obligations on civil and political rights and religious freedoms — at the highest levels in our bilateral discussions with Tajikistan," she said in an email to VICE News.',
      cite: 'Jhunjhunwala 15 — Pooja Jhunjhunwala, State Department spokeswoman, email to VICE News, quoted in John Dyer, "How the US May be Egging On the Growth of the Islamic State in Central Asia," VICE News, 2015',
      highlights: [
        "We raise issues of human rights, good governance, and democratic development",
        "at the highest levels",
      ],
    },
  },
  // ---- 2AC ----
  {
    key: "aff2-bridge-figure",
    kind: "rebuttal",
    side: "aff",
    speech: "2AC",
    responseType: "answer",
    title:
      "Not 'only' training: Khalimov is a bridge figure with operational skill, street cred — and a U.S. résumé he flaunts",
    body: "Cilluffo: bridge figures with 'operational capability' and 'street creds' drive fighter flows; Khalimov's own video advertises his U.S. training.",
  },
  {
    key: "ev-state-bridge",
    kind: "evidence",
    side: "aff",
    speech: "2AC",
    title: "Cilluffo: bridge figures like Khalimov have operational capability and street cred",
    evidence: {
      source: "eurasianet",
      quote:
        "These bridge figures are important, and I do think that his role in terms of serving as a communicator to spread propaganda should not be underestimated. Not only does he have operational capability, he’s got street creds with the folks he’s trying to influence.",
      cite: 'Cilluffo 15 — Frank J. Cilluffo, director of the Center for Cyber and Homeland Security at George Washington University, testimony at June 11 hearing of the U.S. Congress\'s Commission on Security and Cooperation in Europe, reported in "State Department Downplays ISIS Threat In Central Asia," 2015, EurasiaNet, June 2015',
      highlights: [
        "bridge figures are important",
        "operational capability",
        "street creds with the folks he’s trying to influence",
      ],
    },
  },
  {
    key: "aff2-agency-answer",
    kind: "rebuttal",
    side: "aff",
    speech: "2AC",
    responseType: "answer",
    title: "We indict U.S. choices, not Khalimov's — both can be culpable",
    body: "Holding Washington responsible for whom it trains doesn't deny Khalimov's agency. Policy debate is about the choices the U.S. makes, and his choice doesn't excuse those.",
  },
  {
    key: "aff2-russia-turn",
    kind: "rebuttal",
    side: "aff",
    speech: "2AC",
    responseType: "answer",
    title: "Not a sideshow: Dushanbe courts Washington as one of its two key security partners",
    body: "Dushanbe staged its post-defection measures for 'Russia and the United States, its most important security partners.' Whatever Moscow spends, U.S. help is something Rahmon wants — that is the leverage conditions use.",
  },
  {
    key: "ev-d1-symbolic",
    kind: "evidence",
    side: "aff",
    speech: "2AC",
    title: "Dushanbe performs for its key partners — Russia and the United States",
    evidence: {
      source: "defense-one",
      quote:
        "Although Dushanbe quickly designated ISIS a terrorist organization and revoked the citizenship of Tajiks fighting for militant organizations overseas, these are largely symbolic efforts to show the population and the world—especially Russia and the United States, its most important security partners—that it is doing something.",
      cite: 'Defense One 15 — "Tajikistan’s Security Chief Has Gone Over to ISIS. Now What?," op-ed, Defense One, 20 July 2015',
      highlights: [
        "largely symbolic efforts",
        "especially Russia and the United States, its most important security partners",
      ],
    },
  },
  {
    key: "aff2-migrant-answer",
    kind: "rebuttal",
    side: "aff",
    speech: "2AC",
    responseType: "answer",
    title: "Migration is a symptom of regime failure — poverty and repression work together",
    body: "Tajiks go to Russia because the regime has mismanaged the economy, and the recruiters find them already alienated by repression at home. The migrant pipeline starts in Dushanbe.",
  },
  {
    key: "ev-cep-mishandling",
    kind: "evidence",
    side: "aff",
    speech: "2AC",
    title: "Tajikistan exports fighters because the government mishandles its affairs",
    evidence: {
      source: "cep",
      quote:
        "Although Tajikistan has been relatively free from large-scale extremist attacks, the country is the second largest exporter of foreign fighters to Iraq and Syria in the Central Asian region due to the central government's mishandling of the country's social, economic, and political affairs.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: ["second largest exporter of foreign fighters", "due to the central government's mishandling"],
    },
  },
  {
    key: "ev-cep-in-conjunction",
    kind: "evidence",
    side: "aff",
    speech: "2AC",
    title: "Lack of opportunity plus repression drives recruitment",
    evidence: {
      source: "cep",
      quote:
        "The lack of socioeconomic opportunity in conjunction with the repressive political environment has made the country and its nationals symptomatic of extremist recruitment.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: ["in conjunction with the repressive political environment", "symptomatic of extremist recruitment"],
    },
  },
  {
    key: "aff2-limited-evidence",
    kind: "rebuttal",
    side: "aff",
    speech: "2AC",
    responseType: "answer",
    title: "Their own author: only 'limited evidence' that training is a net gain",
    body: "The neg's own source admits there is little proof that training makes security forces more professional. A disadvantage built on a benefit nobody has shown carries almost no risk.",
  },
  {
    key: "ev-mf-limited-evidence",
    kind: "evidence",
    side: "aff",
    speech: "2AC",
    title: "Limited evidence that training security forces is a net gain",
    evidence: {
      source: "misplaced-focus",
      quote:
        "More to the point: there is limited evidence that training security forces is a net-gain for the local population by imbuing the cops and internal security people with a sense of professionalism and a code of conduct.",
      cite: 'Foust 15 — Joshua Foust, "A Misplaced Focus," joshuafoust.com, May 2015',
      highlights: ["there is limited evidence that training security forces is a net-gain"],
    },
  },
  {
    key: "aff2-no-link",
    kind: "rebuttal",
    side: "aff",
    speech: "2AC",
    responseType: "no-link",
    title: "No link: the plan conditions training, it doesn't end it",
    body: "Human-rights modules continue under the plan. Assistance is tied to benchmarks, not cut off, so the DA's 'zero exposure' scenario never happens. The 1AC said as much in cross-examination.",
  },
  {
    key: "aff2-numbers-nonunique",
    kind: "rebuttal",
    side: "aff",
    speech: "2AC",
    responseType: "answer",
    title: "Their numbers are outdated: 1,300+ Tajiks went, ISIS's top source of suicide bombers",
    body: "The figure of 144 is from 2015. Since then more than 1,300 Tajiks have gone to Iraq and Syria, and Tajikistan leads the world in suicide bombers sent to ISIS. Coach's note: CEP's own figures pull apart — 1,300 Tajiks 'traveling abroad' in one place, 1,300 'currently fighting' in another. The card proves how many went, not how many fight now; a careful Neg presses that.",
  },
  {
    key: "ev-cep-1300",
    kind: "evidence",
    side: "aff",
    speech: "2AC",
    title: "Over 1,300 Tajiks traveled to join insurgencies in Iraq and Syria",
    evidence: {
      source: "cep",
      quote:
        "In Central Asia, Tajikistan has produced the second largest number of foreign fighters per capita, with over 1,300 Tajiks traveling abroad to join extremist insurgencies in Iraq and Syria.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: ["over 1,300 Tajiks traveling abroad to join extremist insurgencies"],
    },
  },
  {
    key: "ev-cep-suicide-bombers",
    kind: "evidence",
    side: "aff",
    speech: "2AC",
    title: "Tajikistan is the world's leading exporter of suicide bombers to ISIS",
    evidence: {
      source: "cep",
      quote:
        "More than 1,300 Tajiks are currently fighting in Iraq and Syria with Tajikistan ranking as the world's leading exporter of suicide bombers to ISIS.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: ["world's leading exporter of suicide bombers to ISIS"],
    },
  },
  {
    key: "aff2-solvency-answer",
    kind: "rebuttal",
    side: "aff",
    speech: "2AC",
    responseType: "answer",
    title: "The plan targets the corrupt system that missed Khalimov, not one person's vetting",
    body: "Vetting failed because his superiors, inside a weak and corrupt state, kept sending him abroad and never noticed anything wrong. Governance conditions go after that failure, which no one-time background check can fix.",
  },
  {
    key: "ev-d1-superiors",
    kind: "evidence",
    side: "aff",
    speech: "2AC",
    title: "A weak, corrupt government kept sending Halimov for training, unaware anything was amiss",
    evidence: {
      source: "defense-one",
      quote:
        "We also know that Tajikistan’s government is weak and corrupt, and that Halimov’s superiors, who kept sending him for more foreign training, apparently were unaware anything was amiss.",
      cite: 'Defense One 15 — "Tajikistan’s Security Chief Has Gone Over to ISIS. Now What?," op-ed, Defense One, 20 July 2015',
      highlights: ["Tajikistan’s government is weak and corrupt", "apparently were unaware anything was amiss"],
    },
  },
  {
    key: "aff2-inherency-answer",
    kind: "rebuttal",
    side: "aff",
    speech: "2AC",
    responseType: "answer",
    title: "Talk without leverage has yielded nothing",
    body: "Raising human rights in meetings while still delivering the equipment gives Rahmon no reason to change. Even the State Department's own inspector general says the embassy whitewashed his abuses.",
  },
  {
    key: "ev-vice-ig-whitewash",
    kind: "evidence",
    side: "aff",
    speech: "2AC",
    title: "VICE: an Inspector General's report faulted the embassy for whitewashing the regime's abuses",
    evidence: {
      source: "vice",
      quote:
        "A US State Department Inspector General's report that criticized the American embassy in the country for whitewashing the regime's abuses said the Pentagon underwrites half of the $84 million budget of the diplomatic mission there.",
      cite: 'Dyer 15 — John Dyer, "How the US May be Egging On the Growth of the Islamic State in Central Asia," VICE News, 2015',
      highlights: [
        "criticized the American embassy in the country for whitewashing the regime's abuses",
        "the Pentagon underwrites half",
      ],
    },
  },
  {
    key: "ev-vice-not-yielded",
    kind: "evidence",
    side: "aff",
    speech: "2AC",
    title: "State Department's efforts haven't yielded much",
    evidence: {
      source: "vice",
      quote: "But those efforts don't appear to have yielded much.",
      cite: 'Dyer 15 — John Dyer, "How the US May be Egging On the Growth of the Islamic State in Central Asia," VICE News, 2015',
      highlights: ["don't appear to have yielded much"],
    },
  },
  // ---- 2NC ----
  {
    key: "neg2-exception",
    kind: "rebuttal",
    side: "neg",
    speech: "2NC",
    responseType: "extension",
    title: "Extend: one bridge figure is still the exception — most never think about Syria",
    body: "Cilluffo describes one man. The official picture is that only a small minority are recruited, so policy shouldn't be rebuilt around a single defector.",
  },
  {
    key: "ev-state-distant",
    kind: "evidence",
    side: "neg",
    speech: "2NC",
    title: "For the overwhelming majority, Syria is a distant phenomenon",
    evidence: {
      source: "eurasianet",
      quote:
        '"For the overwhelming majority of Central Asians, the conflict in Syria and Iraq is a distant phenomenon; it is not something they think about day-to-day. But a small minority of Central Asians have been successfully recruited by violent extremists to join the conflict," Rosenblum said .',
      cite: 'Rosenblum 15 — Daniel Rosenblum, Deputy Assistant Secretary of State for South and Central Asian Affairs, testimony at June 11 hearing of the U.S. Congress\'s Commission on Security and Cooperation in Europe, reported in "State Department Downplays ISIS Threat In Central Asia," 2015, EurasiaNet, June 2015',
      highlights: ["overwhelming majority of Central Asians", "a distant phenomenon", "a small minority"],
    },
  },
  {
    key: "neg2-migrant-extension",
    kind: "rebuttal",
    side: "neg",
    speech: "2NC",
    responseType: "extension",
    title: "Extend: income and isolation in Russia, not piety, drive recruitment",
    body: "ICCT data shows that conservative, religious regions produce fewer terrorism convictions and that lack of income is the main motive. Recruiters find their targets among migrants ghettoized in Russian cities.",
  },
  {
    key: "ev-cep-icct",
    kind: "evidence",
    side: "neg",
    speech: "2NC",
    title: "ICCT: lack of income, not religiosity, is the primary motivator",
    evidence: {
      source: "cep",
      quote:
        "ICCT’s data revealed that conservative and religious regions have had fewer people convicted for terrorism related charges and lack of income tends to be the primary motivating force in radicalization.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020, summarizing International Centre for Counter-Terrorism data',
      highlights: [
        "conservative and religious regions have had fewer people convicted",
        "lack of income tends to be the primary motivating force",
      ],
    },
  },
  {
    key: "ev-state-ghetto",
    kind: "evidence",
    side: "neg",
    speech: "2NC",
    title: "Migrants in Russia face ghettoization, discrimination and humiliation",
    evidence: {
      source: "eurasianet",
      quote:
        "Furthermore, once in Russia, Central Asian migrant workers are often subject to ghettoization. Many regularly experience discrimination, harassment, and humiliation from both the public and the authorities.",
      cite: 'Rosenblum 15 — Daniel Rosenblum, Deputy Assistant Secretary of State for South and Central Asian Affairs, testimony at June 11 hearing of the U.S. Congress\'s Commission on Security and Cooperation in Europe, reported in "State Department Downplays ISIS Threat In Central Asia," 2015, EurasiaNet, June 2015',
      highlights: ["often subject to ghettoization", "discrimination, harassment, and humiliation"],
    },
  },
  {
    key: "neg2-one-way",
    kind: "rebuttal",
    side: "neg",
    speech: "2NC",
    responseType: "impact-defense",
    title: "It's a one-way ticket — Tajik fighters die abroad, they don't come home",
    body: "Even with higher numbers, the fighters are not coming back to build a base in Central Asia. They are dying in Iraq and Syria.",
  },
  {
    key: "ev-state-one-way",
    kind: "evidence",
    side: "neg",
    speech: "2NC",
    title: "Lemon: a one-way ticket — Central Asian jihadis are dying fast",
    evidence: {
      source: "eurasianet",
      quote: "“It’s a one-way ticket,” he said. “Central Asian jihadis are dying at an alarming rate.”",
      cite: 'Lemon 15 — Edward Lemon, researcher focused on Central Asian fighters in the Middle East at the University of Exeter, to Foreign Policy, quoted in "State Department Downplays ISIS Threat In Central Asia," 2015, EurasiaNet, June 2015',
      highlights: ["It’s a one-way ticket", "dying at an alarming rate"],
    },
  },
  {
    key: "neg2-russia-china-turn",
    kind: "rebuttal",
    side: "neg",
    speech: "2NC",
    responseType: "turn",
    title: "Turn: conditions push Dushanbe toward Moscow and Beijing",
    body: "Russia and China are already expanding their security presence. If Washington attaches conditions, Rahmon can replace U.S. help with theirs, and the U.S. loses the access it has now.",
  },
  {
    key: "ev-cep-moscow-beijing",
    kind: "evidence",
    side: "neg",
    speech: "2NC",
    title: "Moscow and Beijing are expanding their security presence in Tajikistan",
    evidence: {
      source: "cep",
      quote:
        "Additionally, Moscow and Beijing have increased their security presence in the region given the increased terrorist threat in Tajikistan.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: ["Moscow and Beijing have increased their security presence"],
    },
  },
  {
    key: "neg2-cve-nonunique",
    kind: "rebuttal",
    side: "neg",
    role: "inherency",
    speech: "2NC",
    responseType: "answer",
    title: "Reform is already under way: OSCE-backed strategy and U.S. community policing",
    body: "Tajikistan already runs a national counter-extremism strategy with OSCE support, U.S.-sponsored community policing, and outreach to migrants. The plan adds nothing.",
  },
  {
    key: "ev-cep-community-policing",
    kind: "evidence",
    side: "neg",
    speech: "2NC",
    title: "Tajikistan runs U.S.-sponsored community policing and migrant outreach",
    evidence: {
      source: "cep",
      quote:
        "The government has also implemented U.S.-sponsored community policing programs, and representatives of Tajikistan's Ulema Council have been meeting with labor migrants in Russia to explain the dangers of radicalization among Tajik migrants.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: ["implemented U.S.-sponsored community policing programs", "meeting with labor migrants in Russia"],
    },
  },
  // ---- 1NR ----
  {
    key: "neg1nr-prisoner",
    kind: "rebuttal",
    side: "neg",
    speech: "1NR",
    responseType: "answer",
    title: "Even limited gains matter: training can limit abuses",
    body: "One political prisoner in Uzbekistan, relayed by Foust, says cameras and training reduce abuse: even limited gains in restraint are worth keeping.",
  },
  {
    key: "ev-mf-prisoner",
    kind: "evidence",
    side: "neg",
    speech: "1NR",
    title: "Political prisoner: cameras and training can limit abuses",
    evidence: {
      source: "misplaced-focus",
      quote:
        "At least one political prisoner in Uzbekistan has said that cameras and training can limit (though not prevent or end) abuses. So should the U.S. end a program that might ease the horror a bit if it cannot end it entirely?",
      cite: 'Foust 15 — Joshua Foust, "A Misplaced Focus," joshuafoust.com, May 2015',
      highlights: ["cameras and training can limit (though not prevent or end) abuses", "ease the horror a bit"],
    },
  },
  {
    key: "neg1nr-agency-ext",
    kind: "rebuttal",
    side: "neg",
    speech: "1NR",
    responseType: "extension",
    title: "Extend agency: the aff reduces a dozen causes to one training course",
    body: "Khalimov's defection had many causes: personal radicalization, the rise of ISIS in Afghanistan, narcotics, state failure. Picking out U.S. training alone is the error the kritik points to.",
  },
  {
    key: "ev-mf-worrying",
    kind: "evidence",
    side: "neg",
    speech: "1NR",
    title: "Many causes: personal radicalization, Afghan ISIS, narcotics, state failure",
    evidence: {
      source: "misplaced-focus",
      quote:
        "There are a lot of worrying aspects to Khalimov’s decision to join ISIS — his own personal journey of radicalization, Tajikistan’s failure to professionalize its security, the rise of ISIS within Afghanistan, the hollowing power of narcotics smuggling, pervasive corruption and nepotism, state failure, resource starvation… you get the point.",
      cite: 'Foust 15 — Joshua Foust, "A Misplaced Focus," joshuafoust.com, May 2015',
      highlights: [
        "his own personal journey of radicalization",
        "the rise of ISIS within Afghanistan",
        "state failure",
      ],
    },
  },
  // ---- 1AR ----
  {
    key: "aff1ar-bridge",
    kind: "rebuttal",
    side: "aff",
    speech: "1AR",
    responseType: "extension",
    title: "Extend bridge figures: one defector is enough to start a flow",
    body: "Cilluffo's point is that bridge figures change the flow of foreign fighters, so 'only one' is not a defense. The experts already fear others will follow him.",
  },
  {
    key: "ev-vice-follow",
    kind: "evidence",
    side: "aff",
    speech: "1AR",
    title: "Experts fear other Tajiks will follow Khalimov",
    evidence: {
      source: "vice",
      quote: "Experts now fear other Tajiks might decide to follow in his footsteps.",
      cite: 'Dyer 15 — John Dyer, "How the US May be Egging On the Growth of the Islamic State in Central Asia," VICE News, 2015',
      highlights: ["other Tajiks might decide to follow in his footsteps"],
    },
  },
  {
    key: "aff1ar-official-not-migrant",
    kind: "rebuttal",
    side: "aff",
    speech: "1AR",
    responseType: "answer",
    title: "Khalimov wasn't a migrant — corruption inside the security services is the gap",
    body: "The migrant explanation can't account for the most dangerous case: a senior officer recruited from inside the state. Police corruption and complicity in smuggling are the likeliest reason no one detected him, as Defense One asks, and only governance conditions address that.",
  },
  {
    key: "ev-d1-smuggling",
    kind: "evidence",
    side: "aff",
    speech: "1AR",
    title: "Police reportedly profit from Afghan-border smuggling — did corruption help a jihadist go undetected?",
    evidence: {
      source: "defense-one",
      quote:
        "Given the widespread corruption across its economy and government — the country’s police reportedly support a lucrative smuggling trade across the Afghan border by taking bribes or even actively participating — Tajikistan should be asking whether corruption or criminality played a role in its failure to detect a jihadist in its senior ranks.",
      cite: 'Defense One 15 — "Tajikistan’s Security Chief Has Gone Over to ISIS. Now What?," op-ed, Defense One, 20 July 2015',
      highlights: [
        "police reportedly support a lucrative smuggling trade",
        "failure to detect a jihadist in its senior ranks",
      ],
    },
  },
  {
    key: "aff1ar-returnees",
    kind: "rebuttal",
    side: "aff",
    speech: "1AR",
    responseType: "answer",
    title: "Not one-way: 111+ fighters have come home, and ISIS now operates inside Tajik prisons",
    body: "More than a hundred fighters have come back, and ISIS has claimed deadly riots in Tajik prisons. CEP's '50 percent' is 34 of 72 pardoned returnees who went back to Iraq and Syria — rehabilitation is failing either way.",
  },
  {
    key: "ev-cep-recidivism",
    kind: "evidence",
    side: "aff",
    speech: "1AR",
    title: "111+ returnees, with recidivism hovering around 50 percent",
    evidence: {
      source: "cep",
      quote:
        "As of December 2018, more than 111 Tajiks have returned home after having joined extremist groups abroad. However, efforts to rehabilitate extremists has not been consistent with recidivism rates hovering around 50 percent.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: ["more than 111 Tajiks have returned home", "recidivism rates hovering around 50 percent"],
    },
  },
  {
    key: "ev-cep-prison-riots",
    kind: "evidence",
    side: "aff",
    speech: "1AR",
    title: "ISIS has infiltrated Tajik prisons and incited fatal riots",
    evidence: {
      source: "cep",
      quote:
        "However, within the past year, ISIS has amended their attack style and infiltrated the prison system with members inciting fatal riots. The two prison riots in November 2018 and May 2019 resulted in over 27 and 32 casualties, respectively.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: ["infiltrated the prison system with members inciting fatal riots"],
    },
  },
  {
    key: "aff1ar-cve-suppress",
    kind: "rebuttal",
    side: "aff",
    speech: "1AR",
    responseType: "answer",
    title: "Their 'reform' is a tool of repression — counter-extremism laws target the opposition",
    body: "Dushanbe uses its counter-extremism laws against journalists, politicians and peaceful religious groups. Without conditions, 'reform' on paper means more repression.",
  },
  {
    key: "ev-cep-laws-suppress",
    kind: "evidence",
    side: "aff",
    speech: "1AR",
    title: "Vague extremism laws exploited to suppress journalists and peaceful religious groups",
    evidence: {
      source: "cep",
      quote:
        "However, the laws were riddled with unclear terminology and ambiguous enforcement procedures which the Rahmon administration exploited to actively suppress its opposition: journalists, politicians, and representatives of peaceful religious organizations.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: [
        "exploited to actively suppress its opposition",
        "representatives of peaceful religious organizations",
      ],
    },
  },
  {
    key: "aff1ar-abuses-rising",
    kind: "rebuttal",
    side: "aff",
    speech: "1AR",
    responseType: "answer",
    title: "Years of training didn't limit abuses — Dushanbe used Halimov to escalate",
    body: "After years of U.S. training, Tajikistan answered the defection with new dress restrictions, a Hajj ban for under-35s, and pressure on the opposition. The 'ease the horror' benefit isn't appearing.",
  },
  {
    key: "ev-d1-crackdown",
    kind: "evidence",
    side: "aff",
    speech: "1AR",
    title: "Government used the Halimov affair to restrain Islam and beat down the opposition",
    evidence: {
      source: "defense-one",
      quote:
        "Instead of reflecting on its failures, the government is using the Halimov affair to step up its years-long efforts to restrain the influence of Islam in public life and beat down the country’s beleaguered political opposition. This year has brought new restrictions on Islamic dress and a prohibition on Tajiks under 35 going on the Hajj.",
      cite: 'Defense One 15 — "Tajikistan’s Security Chief Has Gone Over to ISIS. Now What?," op-ed, Defense One, 20 July 2015',
      highlights: [
        "using the Halimov affair",
        "beat down the country’s beleaguered political opposition",
        "prohibition on Tajiks under 35 going on the Hajj",
      ],
    },
  },
  {
    key: "aff1ar-turn-answer",
    kind: "rebuttal",
    side: "aff",
    speech: "1AR",
    responseType: "non-unique",
    title: "Turn is non-unique: Moscow is already there, and Dushanbe still courts Washington",
    body: "Russia and China are expanding their role whatever the U.S. does. Dushanbe's efforts to impress Washington show the U.S. relationship is something Rahmon values, so conditions will carry weight.",
  },
  {
    key: "aff1ar-extend-corruption",
    kind: "rebuttal",
    side: "aff",
    speech: "1AR",
    responseType: "extension",
    title: "Extend corruption — the block dropped it",
    body: "The neg never answered the Rahmon-family anti-corruption agency argument. Their own 1NR card even lists 'pervasive corruption and nepotism' among the causes of the defection. Coach's note: the 1NC dropped this deliberately, and the block followed. Conceded is not the same as proven: its only warrant is a question, so a judge gives it little weight even conceded.",
  },
  // ---- 2NR ----
  {
    key: "neg2nr-bridge",
    kind: "rebuttal",
    side: "neg",
    speech: "2NR",
    responseType: "answer",
    title: "'Fear' isn't evidence: even Lemon didn't see it coming, so no condition would",
    body: "The aff's own expert met Khalimov and saw nothing that made him look like a future jihadist. If the defection couldn't be foreseen, conditions can't prevent the next one.",
  },
  {
    key: "ev-vice-vodka",
    kind: "evidence",
    side: "neg",
    speech: "2NR",
    title: "Lemon met Khalimov: lots of vodka, not particularly religious",
    evidence: {
      source: "vice",
      quote:
        'He was surprised when he heard the colonel had joined the militant group.\n\n"A lot of vodka was drunk," Lemon said, "and he didn\'t seem particularly religious."',
      cite: 'Lemon 15 — Edward Lemon, researcher at Britain\'s University of Exeter who studies the region, quoted in John Dyer, "How the US May be Egging On the Growth of the Islamic State in Central Asia," VICE News, 2015',
      highlights: ["he didn't seem particularly religious"],
    },
  },
  {
    key: "neg2nr-85-percent",
    kind: "rebuttal",
    side: "neg",
    speech: "2NR",
    responseType: "extension",
    title: "One officer doesn't change the 85% pattern — the plan misses the migrant pipeline",
    body: "Even granting the point about Khalimov, more than 85 percent of fighters were radicalized as migrants in Russia. Conditioning U.S. aid to Dushanbe doesn't reach Moscow's streets.",
  },
  {
    key: "neg2nr-osce-dropped",
    kind: "rebuttal",
    side: "neg",
    speech: "2NR",
    responseType: "extension",
    title: "Extend OSCE — dropped: training isn't the variable, the U.S. is scapegoated",
    body: "The 2AC and 1AR never answered OSCE/Andijan. Other programs trained police in the same region, so the aff's link from U.S. training to abuse isn't unique. Coach's note: the block never extended OSCE; most judges treat this 2NR extension as a new argument, and the evaluation flags it as new — not weighed. What does cost the Aff its training harm is the 1AR's drop of the 1NR's agency extension, which this speech never mentions.",
  },
  {
    key: "neg2nr-ease-horror",
    kind: "rebuttal",
    side: "neg",
    speech: "2NR",
    responseType: "answer",
    title: "Some restraint beats none — don't risk the only human-rights exposure they get",
    body: "The 1AR shows that abuses persist, not that training makes them worse. Risking the one program that might ease the horror is a bad trade.",
  },
  // ---- 2AR ----
  {
    key: "aff2ar-motives",
    kind: "rebuttal",
    side: "aff",
    speech: "2AR",
    responseType: "answer",
    title: "Unpredictable individuals are why we condition the system, not the person",
    body: "If no one can predict which trainee defects, vetting individuals is hopeless. Conditions fix the corrupt, repressive system that produced and then missed Khalimov.",
  },
  {
    key: "aff2ar-pattern",
    kind: "rebuttal",
    side: "aff",
    speech: "2AR",
    responseType: "answer",
    title: "Migrants leave because Dushanbe fails them — conditions reach the root",
    body: "Extend the 2AC CEP card: Tajikistan exports fighters because of the government's mishandling. Poverty, corruption and repression are what send migrants to Russia in the first place.",
  },
  {
    key: "aff2ar-no-link-extend",
    kind: "rebuttal",
    side: "aff",
    speech: "2AR",
    responseType: "extension",
    title: "Extend no-link: the DA is answered by the CX concession",
    body: "The 2NR only weighed 'some restraint beats none' and never answered that the plan keeps training going. With no link, the disadvantage has no impact. Coach's note: the block never answered this no-link — the drop that decides the disadvantage. The 2NR should have argued that conditions are a cutoff until benchmarks are met.",
  },
  {
    key: "aff2ar-corruption",
    kind: "rebuttal",
    side: "aff",
    speech: "2AR",
    responseType: "extension",
    title: "Corruption was dropped all debate — it's the link to Khalimov and to the plan",
    body: "A family-run security state that sidelines rivals and missed a jihadist in its senior ranks is what governance conditions target. The neg never answered it.",
  },
  // ---- Revision 2 (the coach’s review, §6): new threads, indicts, the CT DA, weighing, the RFD ----
  {
    key: "aff2-religion-turn",
    kind: "rebuttal",
    side: "aff",
    speech: "2AC",
    responseType: "link-turn",
    title:
      "Link turn: their migrant evidence proves our harm — religious leaders and community stop recruiters, and Dushanbe is dismantling them",
    body: "Rosenblum says what protects Tajiks at home is family, community and religious leaders; recruiters win where those bonds are gone. Dushanbe appoints every imam, shuts madrassas and bars children from religious events — stripping the same protection at home. Their mechanism makes repression a cause of recruitment, not a rival to it.",
  },
  {
    key: "ev-state-religious-leaders",
    kind: "evidence",
    side: "aff",
    speech: "2AC",
    title: "Rosenblum: family, community and religious leaders back home work to prevent recruitment",
    evidence: {
      source: "eurasianet",
      quote:
        "One key factor for migrant workers in Russia can be the lack of a positive presence of family, community, and religious leaders that, back home, would all work to prevent recruitment and radicalization to violence.",
      cite: 'Rosenblum 15 — Daniel Rosenblum, Deputy Assistant Secretary of State, CSCE testimony, reported in "State Department Downplays ISIS Threat In Central Asia," EurasiaNet, June 2015',
      highlights: ["family, community, and religious leaders", "would all work to prevent recruitment"],
    },
  },
  {
    key: "ev-cep-imams",
    kind: "evidence",
    side: "aff",
    speech: "2AC",
    title: "The state appoints every imam and decides where mosques may exist",
    evidence: {
      source: "cep",
      quote:
        "The government-controlled Council of the Ulema and the State Committee for Religious Affairs appoints every imam and cleric and designates where and when mosques can be established.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: ["appoints every imam and cleric"],
    },
  },
  {
    key: "neg2-not-observant",
    kind: "rebuttal",
    side: "neg",
    speech: "2NC",
    responseType: "answer",
    title: "Recruits weren't observant to begin with — there was no religious protection to strip away",
  },
  {
    key: "ev-state-not-observant",
    kind: "evidence",
    side: "neg",
    speech: "2NC",
    title: "Recruiters target isolated migrants, often not previously religiously observant",
    evidence: {
      source: "eurasianet",
      quote:
        "Recruiters are able to traverse migrant-labor heavy neighborhoods in Russia’s cities and use social media to find and target their quarry – isolated and lonely individuals who want to feel connected to something empowering and larger than themselves, often including individuals who were not previously religiously observant or educated.",
      cite: 'Rosenblum 15 — Daniel Rosenblum, Deputy Assistant Secretary of State, CSCE testimony, reported in "State Department Downplays ISIS Threat In Central Asia," EurasiaNet, June 2015',
      highlights: ["isolated and lonely individuals", "not previously religiously observant"],
    },
  },
  {
    key: "aff1ar-religion",
    kind: "rebuttal",
    side: "aff",
    speech: "1AR",
    responseType: "extension",
    title:
      "Extend the link turn: 'not observant' is the point — recruits had no religious anchor because Dushanbe removed it",
  },
  {
    key: "neg2nr-religion",
    kind: "rebuttal",
    side: "neg",
    speech: "2NR",
    responseType: "answer",
    title: "The turn assumes the plan restores imams — conditions on security aid never reach mosque policy",
  },
  {
    key: "aff2ar-religion",
    kind: "rebuttal",
    side: "aff",
    speech: "2AR",
    responseType: "answer",
    title: "Governance conditions are exactly what reach religious policy — the plan's benchmarks include it",
  },
  {
    key: "ev-vice-kill-muslims",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: 'Khalimov\'s video: "I saw how you train soldiers to kill Muslims"',
    evidence: {
      source: "vice",
      quote:
        'A key part of Rahmon\'s security apparatus, Khalimov received counterterrorism training in the US, including with Blackwater mercenaries. In a video announcing his decision, he blasted the US, saying, "I saw how you train soldiers to kill Muslims."',
      cite: 'Dyer 15 — John Dyer, journalist, "How the US May be Egging On the Growth of the Islamic State in Central Asia," VICE News, 2015',
      highlights: ["including with Blackwater mercenaries", "I saw how you train soldiers to kill Muslims."],
    },
  },
  {
    key: "ev-vice-fomenting",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "Experts: by backing Rahmon, the U.S. could be fomenting ISIS in Central Asia",
    evidence: {
      source: "vice",
      quote:
        "By supporting the corrupt, dictatorial regime of Tajik President Emomali Rahmon, the United States could be fomenting the growth of the so-called Islamic State in Central Asia, political and human rights experts claim.",
      cite: 'Dyer 15 — John Dyer, journalist, "How the US May be Egging On the Growth of the Islamic State in Central Asia," VICE News, 2015',
      highlights: ["the United States could be fomenting the growth of the so-called Islamic State"],
    },
  },
  {
    key: "ev-vice-backfire",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "Swerdlow: Rahmon's draconian rules on pious Muslims threaten to backfire",
    evidence: {
      source: "vice",
      quote:
        "In addition to a host of other human rights abuses, President Rahmon has imposed draconian rules on pious Muslims in Tajikistan, often with the express goal of preventing extremists like IS to flourish. That policy is threatening to backfire, however, said Swerdlow.",
      cite: "Swerdlow 15 — Steve Swerdlow, Human Rights Watch, quoted in John Dyer, VICE News, 2015",
      highlights: ["draconian rules on pious Muslims", "That policy is threatening to backfire"],
    },
  },
  {
    key: "neg-know-little",
    kind: "rebuttal",
    side: "neg",
    speech: "1NC",
    responseType: "answer",
    title: "Their own author: 'we know little about Halimov's path to ISIS' — the training link is assumed, not shown",
  },
  {
    key: "ev-d1-know-little",
    kind: "evidence",
    side: "neg",
    speech: "1NC",
    title: "Defense One: we know little about Halimov's path to ISIS",
    evidence: {
      source: "defense-one",
      quote:
        "We know little about Halimov’s path to ISIS or the extent of the group’s reach into Central Asia, so distant from its main battleground in Syria.",
      cite: 'Defense One 15 — "Tajikistan’s Security Chief Has Gone Over to ISIS. Now What?," op-ed, Defense One, 20 July 2015',
      highlights: ["We know little about Halimov’s path to ISIS"],
    },
  },
  {
    key: "ev-mf-unclear",
    kind: "evidence",
    side: "neg",
    speech: "1NC",
    title: "Foust: it is unclear where and when he was trained — so what?",
    evidence: {
      source: "misplaced-focus",
      quote:
        "While it’s true that Gulmorod Khalimov may have received training (it is unclear where and when), and it is also true that OMON units do receive training and military equipment… I’m left asking: so what?",
      cite: 'Foust 15 — Joshua Foust, "A Misplaced Focus," joshuafoust.com, May 2015',
      highlights: ["it is unclear where and when", "so what?"],
    },
  },
  {
    key: "aff-irpt",
    kind: "claim",
    side: "aff",
    role: "harms",
    speech: "1AC",
    title: "Crushing the IRPT breaks the 1997 peace and closes the only legal outlet for political Islam",
    body: "The IRPT's seats were the price of peace after the 1992–97 civil war. Rahmon ejected it through flawed elections, banned it on coup charges never substantiated, and lumps it together with ISIS — telling devout Tajiks peaceful politics is closed.",
  },
  {
    key: "ev-d1-irpt",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "Rahmon is destroying the IRPT, breaking the 1997 power-sharing deal",
    evidence: {
      source: "defense-one",
      quote:
        "Finally, Rahmon’s government now appears determined to destroy the opposition Islamic Renaissance Party of Tajikistan. In March, flawed elections ejected the IRPT from its few seats in Parliament, breaking the 1997 power-sharing deal that restored stability after a five-year civil war.",
      cite: 'Defense One 15 — "Tajikistan’s Security Chief Has Gone Over to ISIS. Now What?," op-ed, Defense One, 20 July 2015',
      highlights: [
        "determined to destroy the opposition Islamic Renaissance Party",
        "breaking the 1997 power-sharing deal that restored stability",
      ],
    },
  },
  {
    key: "ev-cep-irpt-ban",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "The coup accusations against the IRPT were never substantiated",
    evidence: {
      source: "cep",
      quote:
        "The accusations that IRPT was behind the failed coup of 2015 were never substantiated, but the Tajik High Court was quick to ban the party on grounds of not meeting membership quotas following the 2015 general election.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: ["never substantiated", "quick to ban the party"],
    },
  },
  {
    key: "ev-cep-conflated",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "ICG: security services conflate ISIS and the IRPT",
    evidence: {
      source: "cep",
      quote:
        "According to the International Crisis Group, security services often conflated ISIS and IRPT and even claimed that nearly 500 Tajik fighters in Iraq or Syria were former members of the IRPT.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020, citing the International Crisis Group',
      highlights: ["security services often conflated ISIS and IRPT"],
    },
  },
  {
    key: "neg-irpt-coup",
    kind: "rebuttal",
    side: "neg",
    speech: "1NC",
    responseType: "answer",
    title: "The IRPT was tied to the 2015 armed uprising — banning it was security, not repression",
  },
  {
    key: "ev-cep-field-commander",
    kind: "evidence",
    side: "neg",
    speech: "1NC",
    title: "The 2015 uprising was led by the IRPT's former field commander",
    evidence: {
      source: "cep",
      quote:
        "Rahmon was also quick to blame the IRPT for the attacks as Nazarzoda was the party's former field commander during the civil war.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: ["Nazarzoda was the party's former field commander"],
    },
  },
  {
    key: "aff2-irpt-context",
    kind: "rebuttal",
    side: "aff",
    speech: "2AC",
    responseType: "answer",
    title: "Read the next sentence: Nazarzoda had left the IRPT, and the charges were never substantiated",
    body: "The Neg's card stops one sentence short. The next one says Nazarzoda had disengaged from the IRPT and the government never substantiated the accusations — an evidence indict as well as an answer.",
  },
  {
    key: "ev-cep-disengaged",
    kind: "evidence",
    side: "aff",
    speech: "2AC",
    title: "Nazarzoda had disengaged from the IRPT; the accusations were never substantiated",
    evidence: {
      source: "cep",
      quote:
        "However, Nazarzoda disengaged from the IRPT following his appointment within the armed forces. Twelve senior IRPT leaders were arrested for their alleged involvement, although the government never managed to substantiate the accusations.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: ["Nazarzoda disengaged from the IRPT", "never managed to substantiate the accusations"],
    },
  },
  {
    key: "neg2-irpt-grouped",
    kind: "rebuttal",
    side: "neg",
    speech: "2NC",
    responseType: "answer",
    title: "Group it with the migrant debate: the IRPT ban doesn't explain recruitment in Moscow",
  },
  {
    key: "aff1ar-irpt",
    kind: "rebuttal",
    side: "aff",
    speech: "1AR",
    responseType: "answer",
    title:
      "The ban is the inherency the migrant story skips: closing peaceful politics at home is what makes Moscow's recruiters credible",
  },
  {
    key: "ev-cep-danghara",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "Danghara, 2018: ISIS attackers ran down cyclists, killing two Americans",
    evidence: {
      source: "cep",
      quote:
        "Less than a year earlier on July 29, 2018, seven tourists were cycling near Danghara in southern Tajikistan when five terrorists deliberately ran the foreigners over with a vehicle. The death of four of the seven cyclists—two Americans, a Dutchman, and a Swiss man—drew international attention towards the rise of ISIS throughout both the country and the Central Asian region.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: ["two Americans, a Dutchman, and a Swiss man"],
    },
  },
  {
    key: "ev-cep-first-claimed",
    kind: "evidence",
    side: "aff",
    speech: "1AC",
    title: "The first attack in Tajikistan ISIS claimed and officials corroborated",
    evidence: {
      source: "cep",
      quote:
        "This attack was the first to be publicly claimed by the group and corroborated by official sources. The intentionality behind attacking western nationals worked to further validate ISIS as a legitimate threat to both Central Asian as well as international security.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: ["the first to be publicly claimed by the group and corroborated by official sources"],
    },
  },
  {
    key: "ev-cep-minister-of-war",
    kind: "evidence",
    side: "aff",
    speech: "1AR",
    title: "Khalimov, American-trained, became ISIS's minister of war",
    evidence: {
      source: "cep",
      quote:
        "Khalimov, an American-trained former head of Tajikistan's elite security force, defected to ISIS in 2015 where he was quickly appointed to minister of war before being targeted and killed in an airstrike in Mosul in April 2017.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: [
        "an American-trained former head of Tajikistan's elite security force",
        "quickly appointed to minister of war",
      ],
    },
  },
  {
    key: "ev-cep-khalimov-son",
    kind: "evidence",
    side: "aff",
    speech: "1AR",
    title: "Khalimov's son was among the instigators of the Vakhdat prison riot",
    evidence: {
      source: "cep",
      quote:
        "One of the instigators of the riot was Bekhruz Gulmurod, the son of [Gulmurod Khalimov](#) [3], a former senior official in the Tajik military who notoriously denounced the Tajik Special Forces when he defected to ISIS in 2015.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: ["One of the instigators of the riot was Bekhruz Gulmurod, the son of"],
    },
  },
  {
    key: "aff2-paraphrase-indict",
    kind: "rebuttal",
    side: "aff",
    speech: "2AC",
    responseType: "answer",
    title: "That's the reporter's gloss, not Rosenblum — his testimony never mentions human rights",
  },
  {
    key: "ev-state-rosenblum-direct",
    kind: "evidence",
    side: "aff",
    speech: "2AC",
    title: "Rosenblum's actual words: research suggests most are recruited outside Central Asia",
    evidence: {
      source: "eurasianet",
      quote:
        "A variety of research suggests the vast majority of Central Asian recruits are being recruited from outside the borders of Central Asia, and many come from the Russian Federation....",
      cite: 'Rosenblum 15 — Daniel Rosenblum, Deputy Assistant Secretary of State, CSCE testimony, reported in "State Department Downplays ISIS Threat In Central Asia," EurasiaNet, June 2015',
      highlights: [
        "the vast majority of Central Asian recruits are being recruited from outside the borders of Central Asia",
      ],
    },
  },
  {
    key: "neg1nr-context-indict",
    kind: "rebuttal",
    side: "neg",
    speech: "1NR",
    responseType: "answer",
    title: "Read the paragraph: Foust cites that 'limited evidence' in training's favour",
    body: "The sentence is followed by 'Do people really prefer the U.S. make no effort to create professionalism…?' — the author is arguing for training.",
  },
  {
    key: "aff1ar-prisoner-indict",
    kind: "rebuttal",
    side: "aff",
    speech: "1AR",
    responseType: "answer",
    title: "One unnamed prisoner in Uzbekistan, relayed by a blogger, is not evidence about Tajik trainees",
  },
  {
    key: "neg2-question-indict",
    kind: "rebuttal",
    side: "neg",
    speech: "2NR",
    responseType: "answer",
    title: "The corruption card only asks a question — it assumes what it must prove",
    body: "Coach's note: a fair indict, but too late — the 1NC and the block conceded the corruption claim, so a 2NR attack on its card is new and is not weighed. In the 2NC it would have answered the claim.",
  },
  {
    key: "neg-ct-da",
    kind: "claim",
    side: "neg",
    role: "disadvantage",
    speech: "1NC",
    title: "DA: conditioning aid weakens a counterterrorism force already too thin for the ISIS threat",
    body: "Tajikistan's counterinsurgency unit is about 30 soldiers; ISIS is spreading in Afghanistan next door and has plotted against Russia's 201st base. Tying U.S. help to benchmarks Dushanbe will not meet leaves the Afghan border less defended.",
  },
  {
    key: "ev-cep-30-soldiers",
    kind: "evidence",
    side: "neg",
    speech: "1NC",
    title: "ICG: a ~30-soldier counterinsurgency unit can't neutralize extremists",
    evidence: {
      source: "cep",
      quote:
        "The GKNB and MVD have received training and equipment from the United States, Russia, and China, and both agencies are equipped with special tactical units that handle counterterrorism strategy. However, according to the International Crisis Group, it is unlikely that Tajikistan’s counterinsurgency unit—which employs about 30 soldiers—could effectively neutralize extremist forces.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020, citing the International Crisis Group',
      highlights: ["about 30 soldiers", "could effectively neutralize extremist forces"],
    },
  },
  {
    key: "ev-cep-201st",
    kind: "evidence",
    side: "neg",
    speech: "1NC",
    title: "Tajik intelligence stopped an ISIS bomb plot on Russia's 201st base",
    evidence: {
      source: "cep",
      quote:
        "Tajik intelligence officials confirm that 12 ISIS supporters were detained before detonating explosives at a school and commander's office on Russia's 201st military base in Tajikistan.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: ["12 ISIS supporters were detained before detonating explosives"],
    },
  },
  {
    key: "ev-vice-borders-afghanistan",
    kind: "evidence",
    side: "neg",
    speech: "1NC",
    title: "Tajikistan's stability matters because it borders Afghanistan",
    evidence: {
      source: "vice",
      quote:
        "In the meantime, the US continues to pump military aid into Tajikistan, a country whose stability is important because it borders Afghanistan.",
      cite: 'Dyer 15 — John Dyer, journalist, "How the US May be Egging On the Growth of the Islamic State in Central Asia," VICE News, 2015',
      highlights: ["stability is important because it borders Afghanistan"],
    },
  },
  {
    key: "ev-cep-three-trainers",
    kind: "evidence",
    side: "neg",
    speech: "2NC",
    title: "U.S., Russia and China all train and equip the GKNB and MVD",
    evidence: {
      source: "cep",
      quote:
        "The GKNB and MVD have received training and equipment from the United States, Russia, and China, and both agencies are equipped with special tactical units that handle counterterrorism strategy.",
      cite: 'CEP 20 — Counter Extremism Project, "Tajikistan: Extremism & Counter-Extremism," country profile, 2020',
      highlights: ["training and equipment from the United States, Russia, and China"],
    },
  },
  {
    key: "aff2-ct-nonunique",
    kind: "rebuttal",
    side: "aff",
    speech: "2AC",
    responseType: "non-unique",
    title:
      "Non-unique and no link: Russia and China already train and equip the same units — and the plan conditions U.S. help, it doesn't end it",
    body: "The Neg's own card says the GKNB and MVD get training and equipment from the United States, Russia and China. A 30-soldier unit is thin with U.S. help today; the plan keeps help flowing once benchmarks are met (CX1).",
  },
  {
    key: "neg1nr-ct-link",
    kind: "rebuttal",
    side: "neg",
    speech: "1NR",
    responseType: "answer",
    title: "Conditions are a cutoff until Rahmon complies — and Dushanbe 'has learned no lessons', so the help stops",
  },
  {
    key: "ev-d1-no-lessons",
    kind: "evidence",
    side: "neg",
    speech: "1NR",
    title: "Defense One: Tajikistan has learned no lessons from his defection",
    evidence: {
      source: "defense-one",
      quote: "It appears that Tajikistan has learned no lessons from his defection.",
      cite: 'Defense One 15 — "Tajikistan’s Security Chief Has Gone Over to ISIS. Now What?," op-ed, Defense One, 20 July 2015',
      highlights: ["learned no lessons"],
    },
  },
  {
    key: "aff1ar-ct-answer",
    kind: "rebuttal",
    side: "aff",
    speech: "1AR",
    responseType: "answer",
    title:
      "A cutoff is their reading, not the plan: the CX answer binds — assistance resumes as benchmarks are met, and Russia and China fill no gap the plan opens",
  },
  {
    key: "neg2nr-ct-extend",
    kind: "rebuttal",
    side: "neg",
    speech: "2NR",
    responseType: "extension",
    title: "Extend the DA: any pause during benchmarks leaves a 30-soldier unit alone on the Afghan border",
  },
  {
    key: "aff2ar-ct-answer",
    kind: "rebuttal",
    side: "aff",
    speech: "2AR",
    responseType: "answer",
    title:
      "No pause in the plan — and their own card says the unit was too thin to neutralize extremists with U.S. help: zero link, zero uniqueness",
  },
  {
    key: "neg2nr-weigh",
    kind: "rebuttal",
    side: "neg",
    role: "weighing",
    speech: "2NR",
    title:
      "Weigh it — probability and timeframe: the border DA is immediate and likely; the Aff's reform story is speculative and slow",
    body: "85% of fighters are recruited in Russia; at best the plan reaches the rest, and it risks the counterterrorism capacity that stops attacks at home.",
  },
  {
    key: "aff2ar-weigh",
    kind: "rebuttal",
    side: "aff",
    role: "weighing",
    speech: "2AR",
    title:
      "Weigh it — magnitude and timeframe: the insider threat is happening now and is the deadliest; their probability claim rests on a DA with no link",
    body: "A U.S.-trained commander became ISIS's minister of war and his son led a prison massacre; with no Neg offence left, any risk of solvency wins. Their probability weighing assumes the DA's link, which the CX answer and the block's drop took away.",
  },
  {
    key: "judge-rfd",
    kind: "claim",
    side: "neutral",
    role: "decision",
    title: "Judge's decision: Aff — no Neg offence survives the 2NR, against some risk of Aff solvency",
    body: "Reason for decision. The professionalism DA has no link: the block never answered the 2AC no-link, which the CX1 answer made binding. The counterterrorism DA is no-linked and non-unique by the 1AR and 2AR; the 2NR's weighing therefore weighs nothing. The Neg's agency argument and OSCE survive only as defence (and OSCE is new in the 2NR), so they are no reason to vote Neg. The Aff keeps a conceded corruption internal link, a repression harm the Neg mitigates but does not beat, and a real link turn of the migrant argument. Its solvency is thin — analytic, with no study that conditions change Dushanbe — and a 2NR that pressed solvency and the CX concession ('conditions are a cutoff until benchmarks are met') could have won on presumption. It did not. Vote Aff.",
  },
  {
    key: "aff1ar-no-link",
    kind: "rebuttal",
    side: "aff",
    speech: "1AR",
    responseType: "extension",
    title: "Extend the no-link — the block dropped it, and the CX answer makes it binding: conditions are not a cutoff",
  },
];

export const edges: SeedEdge[] = [
  { from: "aff-training-fuels", to: "resolution", relation: "supports" },
  { from: "ev-d1-unrestricted", to: "aff-training-fuels", relation: "supports" },
  { from: "ev-d1-five-occasions", to: "aff-training-fuels", relation: "supports" },
  { from: "ev-vice-poster-boy", to: "aff-training-fuels", relation: "supports" },
  { from: "aff-repression-drives", to: "resolution", relation: "supports" },
  { from: "ev-d1-root-causes", to: "aff-repression-drives", relation: "supports" },
  { from: "ev-d1-hardball", to: "aff-repression-drives", relation: "supports" },
  { from: "ev-vice-hr-climate", to: "aff-repression-drives", relation: "supports" },
  { from: "ev-cep-stymie", to: "aff-repression-drives", relation: "supports" },
  { from: "aff-corruption", to: "aff-repression-drives", relation: "supports" },
  { from: "ev-d1-son", to: "aff-corruption", relation: "supports" },
  { from: "ev-vice-alienation", to: "aff-religious-alienation", relation: "supports" },
  { from: "ev-cep-religious-education", to: "aff-religious-alienation", relation: "supports" },
  { from: "aff-us-enables", to: "resolution", relation: "supports" },
  { from: "ev-vice-lemon-capacity", to: "aff-us-enables", relation: "supports" },
  { from: "aff-inherency", to: "resolution", relation: "supports" },
  { from: "ev-d1-87-vehicles", to: "aff-inherency", relation: "supports" },
  { from: "aff-plan", to: "resolution", relation: "supports" },
  { from: "ev-d1-conditions", to: "aff-plan", relation: "supports" },
  { from: "aff-solvency", to: "aff-plan", relation: "supports" },
  { from: "ev-d1-rahmon-bet", to: "aff-solvency", relation: "supports" },
  { from: "aff-advantage", to: "resolution", relation: "supports" },
  { from: "ev-cep-spillover", to: "aff-advantage", relation: "supports" },
  { from: "neg-only-training", to: "resolution", relation: "rebuts" },
  { from: "ev-mf-only-training", to: "neg-only-training", relation: "supports" },
  { from: "neg-most-never-defect", to: "aff-training-fuels", relation: "rebuts" },
  { from: "ev-mf-most-recipients", to: "neg-most-never-defect", relation: "supports" },
  { from: "neg-agency", to: "aff-training-fuels", relation: "rebuts" },
  { from: "ev-mf-agency", to: "neg-agency", relation: "supports" },
  { from: "ev-mf-osce", to: "neg-osce", relation: "supports" },
  { from: "neg-russia-more", to: "aff-us-enables", relation: "rebuts" },
  { from: "ev-mf-russia", to: "neg-russia-more", relation: "supports" },
  { from: "ev-cep-russia-aid", to: "neg-russia-more", relation: "supports" },
  { from: "neg-migrant-driver", to: "aff-repression-drives", relation: "rebuts" },
  { from: "ev-state-main-driver", to: "neg-migrant-driver", relation: "supports" },
  { from: "ev-cep-85-percent", to: "neg-migrant-driver", relation: "supports" },
  { from: "neg-professionalism-da", to: "resolution", relation: "rebuts" },
  { from: "ev-mf-human-rights-law", to: "neg-professionalism-da", relation: "supports" },
  { from: "neg-small-numbers", to: "aff-advantage", relation: "rebuts" },
  { from: "ev-state-20000", to: "neg-small-numbers", relation: "supports" },
  { from: "ev-vice-144", to: "neg-small-numbers", relation: "supports" },
  { from: "ev-vice-vetting", to: "neg-solvency-takeout", relation: "supports" },
  { from: "ev-state-complex-motives", to: "neg-solvency-takeout", relation: "supports" },
  { from: "neg-inherency-answer", to: "aff-inherency", relation: "rebuts" },
  { from: "ev-vice-jhunjhunwala", to: "neg-inherency-answer", relation: "supports" },
  { from: "aff2-bridge-figure", to: "neg-only-training", relation: "rebuts" },
  { from: "ev-state-bridge", to: "aff2-bridge-figure", relation: "supports" },
  { from: "aff2-agency-answer", to: "neg-agency", relation: "rebuts" },
  { from: "ev-d1-symbolic", to: "aff2-russia-turn", relation: "supports" },
  { from: "aff2-migrant-answer", to: "neg-migrant-driver", relation: "rebuts" },
  { from: "ev-cep-mishandling", to: "aff2-migrant-answer", relation: "supports" },
  { from: "ev-cep-in-conjunction", to: "aff2-migrant-answer", relation: "supports" },
  { from: "aff2-limited-evidence", to: "neg-professionalism-da", relation: "rebuts" },
  { from: "ev-mf-limited-evidence", to: "aff2-limited-evidence", relation: "supports" },
  { from: "aff2-no-link", to: "neg-professionalism-da", relation: "rebuts" },
  { from: "cx1-plan-conditions", to: "aff2-no-link", relation: "supports" },
  { from: "aff2-numbers-nonunique", to: "neg-small-numbers", relation: "rebuts" },
  { from: "ev-cep-1300", to: "aff2-numbers-nonunique", relation: "supports" },
  { from: "ev-cep-suicide-bombers", to: "aff2-numbers-nonunique", relation: "supports" },
  { from: "aff2-solvency-answer", to: "neg-solvency-takeout", relation: "rebuts" },
  { from: "ev-d1-superiors", to: "aff2-solvency-answer", relation: "supports" },
  { from: "aff2-inherency-answer", to: "neg-inherency-answer", relation: "rebuts" },
  { from: "ev-vice-ig-whitewash", to: "aff2-inherency-answer", relation: "supports" },
  { from: "ev-vice-not-yielded", to: "aff2-inherency-answer", relation: "supports" },
  { from: "neg2-exception", to: "aff2-bridge-figure", relation: "rebuts" },
  { from: "ev-state-distant", to: "neg2-exception", relation: "supports" },
  { from: "neg2-migrant-extension", to: "aff2-migrant-answer", relation: "rebuts" },
  { from: "ev-cep-icct", to: "neg2-migrant-extension", relation: "supports" },
  { from: "ev-state-ghetto", to: "neg2-migrant-extension", relation: "supports" },
  { from: "neg2-one-way", to: "aff2-numbers-nonunique", relation: "rebuts" },
  { from: "ev-state-one-way", to: "neg2-one-way", relation: "supports" },
  { from: "neg2-russia-china-turn", to: "aff-solvency", relation: "turns" },
  { from: "ev-cep-moscow-beijing", to: "neg2-russia-china-turn", relation: "supports" },
  { from: "ev-cep-community-policing", to: "neg2-cve-nonunique", relation: "supports" },
  { from: "neg1nr-prisoner", to: "aff2-limited-evidence", relation: "rebuts" },
  { from: "ev-mf-prisoner", to: "neg1nr-prisoner", relation: "supports" },
  { from: "neg1nr-agency-ext", to: "aff2-agency-answer", relation: "rebuts" },
  { from: "ev-mf-worrying", to: "neg1nr-agency-ext", relation: "supports" },
  { from: "aff1ar-bridge", to: "neg2-exception", relation: "rebuts" },
  { from: "ev-vice-follow", to: "aff1ar-bridge", relation: "supports" },
  { from: "aff1ar-official-not-migrant", to: "neg2-migrant-extension", relation: "rebuts" },
  { from: "ev-d1-smuggling", to: "aff1ar-official-not-migrant", relation: "supports" },
  { from: "aff1ar-returnees", to: "neg2-one-way", relation: "rebuts" },
  { from: "ev-cep-recidivism", to: "aff1ar-returnees", relation: "supports" },
  { from: "ev-cep-prison-riots", to: "aff1ar-returnees", relation: "supports" },
  { from: "aff1ar-cve-suppress", to: "neg2-cve-nonunique", relation: "rebuts" },
  { from: "ev-cep-laws-suppress", to: "aff1ar-cve-suppress", relation: "supports" },
  { from: "aff1ar-abuses-rising", to: "neg1nr-prisoner", relation: "rebuts" },
  { from: "ev-d1-crackdown", to: "aff1ar-abuses-rising", relation: "supports" },
  { from: "aff1ar-turn-answer", to: "neg2-russia-china-turn", relation: "rebuts" },
  { from: "aff1ar-extend-corruption", to: "aff-corruption", relation: "extends" },
  { from: "neg2nr-bridge", to: "aff1ar-bridge", relation: "rebuts" },
  { from: "ev-vice-vodka", to: "neg2nr-bridge", relation: "supports" },
  { from: "neg2nr-85-percent", to: "aff1ar-official-not-migrant", relation: "rebuts" },
  { from: "neg2nr-osce-dropped", to: "neg-osce", relation: "extends" },
  { from: "neg2nr-ease-horror", to: "aff1ar-abuses-rising", relation: "rebuts" },
  { from: "aff2ar-motives", to: "neg2nr-bridge", relation: "rebuts" },
  { from: "aff2ar-pattern", to: "neg2nr-85-percent", relation: "rebuts" },
  { from: "aff2ar-no-link-extend", to: "aff2-no-link", relation: "extends" },
  { from: "aff2ar-corruption", to: "aff1ar-extend-corruption", relation: "extends" },
  { from: "aff2-russia-turn", to: "neg-russia-more", relation: "rebuts" },
  { from: "cx1-plan-conditions", to: "aff-plan", relation: "supports" },
  { from: "aff2-bridge-figure", to: "neg-most-never-defect", relation: "rebuts" },
  { from: "neg-osce", to: "aff-us-enables", relation: "rebuts" },
  { from: "neg2-cve-nonunique", to: "aff-inherency", relation: "rebuts" },
  { from: "aff-religious-alienation", to: "aff-repression-drives", relation: "supports" },
  { from: "neg-migrant-driver", to: "aff-religious-alienation", relation: "rebuts" },
  { from: "neg2-exception", to: "neg-most-never-defect", relation: "extends" },
  { from: "neg2-migrant-extension", to: "neg-migrant-driver", relation: "extends" },
  { from: "neg1nr-agency-ext", to: "neg-agency", relation: "extends" },
  { from: "aff1ar-bridge", to: "aff2-bridge-figure", relation: "extends" },
  { from: "neg2nr-85-percent", to: "neg-migrant-driver", relation: "extends" },
  { from: "aff2-religion-turn", to: "neg-migrant-driver", relation: "turns" },
  { from: "ev-state-religious-leaders", to: "aff2-religion-turn", relation: "supports" },
  { from: "ev-cep-imams", to: "aff2-religion-turn", relation: "supports" },
  { from: "neg2-not-observant", to: "aff2-religion-turn", relation: "rebuts" },
  { from: "ev-state-not-observant", to: "neg2-not-observant", relation: "supports" },
  { from: "aff1ar-religion", to: "aff2-religion-turn", relation: "extends" },
  { from: "aff1ar-religion", to: "neg2-not-observant", relation: "rebuts" },
  { from: "neg2nr-religion", to: "aff1ar-religion", relation: "rebuts" },
  { from: "aff2ar-religion", to: "neg2nr-religion", relation: "rebuts" },
  { from: "ev-vice-kill-muslims", to: "aff-training-fuels", relation: "supports" },
  { from: "ev-vice-kill-muslims", to: "aff2-bridge-figure", relation: "supports" },
  { from: "ev-vice-fomenting", to: "aff-us-enables", relation: "supports" },
  { from: "ev-vice-backfire", to: "aff-religious-alienation", relation: "supports" },
  { from: "neg-know-little", to: "ev-d1-unrestricted", relation: "undercuts" },
  { from: "ev-d1-know-little", to: "neg-know-little", relation: "supports" },
  { from: "ev-mf-unclear", to: "neg-know-little", relation: "supports" },
  { from: "aff-irpt", to: "aff-repression-drives", relation: "supports" },
  { from: "ev-d1-irpt", to: "aff-irpt", relation: "supports" },
  { from: "ev-cep-irpt-ban", to: "aff-irpt", relation: "supports" },
  { from: "ev-cep-conflated", to: "aff-irpt", relation: "supports" },
  { from: "neg-irpt-coup", to: "aff-irpt", relation: "rebuts" },
  { from: "ev-cep-field-commander", to: "neg-irpt-coup", relation: "supports" },
  { from: "aff2-irpt-context", to: "neg-irpt-coup", relation: "rebuts" },
  { from: "aff2-irpt-context", to: "ev-cep-field-commander", relation: "undercuts" },
  { from: "ev-cep-disengaged", to: "aff2-irpt-context", relation: "supports" },
  { from: "neg2-irpt-grouped", to: "aff2-irpt-context", relation: "rebuts" },
  { from: "aff1ar-irpt", to: "neg2-irpt-grouped", relation: "rebuts" },
  { from: "ev-cep-danghara", to: "aff-advantage", relation: "supports" },
  { from: "ev-cep-first-claimed", to: "aff-advantage", relation: "supports" },
  { from: "ev-cep-minister-of-war", to: "aff1ar-bridge", relation: "supports" },
  { from: "ev-cep-khalimov-son", to: "aff1ar-bridge", relation: "supports" },
  { from: "aff2-paraphrase-indict", to: "ev-state-main-driver", relation: "undercuts" },
  { from: "ev-state-rosenblum-direct", to: "aff2-paraphrase-indict", relation: "supports" },
  { from: "neg1nr-context-indict", to: "ev-mf-limited-evidence", relation: "undercuts" },
  { from: "aff1ar-prisoner-indict", to: "ev-mf-prisoner", relation: "undercuts" },
  { from: "neg2-question-indict", to: "ev-d1-son", relation: "undercuts" },
  { from: "neg-ct-da", to: "resolution", relation: "rebuts" },
  { from: "ev-cep-30-soldiers", to: "neg-ct-da", relation: "supports" },
  { from: "ev-cep-201st", to: "neg-ct-da", relation: "supports" },
  { from: "ev-vice-borders-afghanistan", to: "neg-ct-da", relation: "supports" },
  { from: "ev-cep-three-trainers", to: "neg2-russia-china-turn", relation: "supports" },
  { from: "aff2-ct-nonunique", to: "neg-ct-da", relation: "rebuts" },
  { from: "cx1-plan-conditions", to: "aff2-ct-nonunique", relation: "supports" },
  { from: "neg1nr-ct-link", to: "aff2-ct-nonunique", relation: "rebuts" },
  { from: "ev-d1-no-lessons", to: "neg1nr-ct-link", relation: "supports" },
  { from: "aff1ar-ct-answer", to: "neg1nr-ct-link", relation: "rebuts" },
  { from: "neg2nr-ct-extend", to: "neg-ct-da", relation: "extends" },
  { from: "neg2nr-ct-extend", to: "aff1ar-ct-answer", relation: "rebuts" },
  { from: "aff2ar-ct-answer", to: "neg2nr-ct-extend", relation: "rebuts" },
  { from: "neg2nr-weigh", to: "neg-ct-da", relation: "supports" },
  { from: "aff2ar-weigh", to: "aff-repression-drives", relation: "supports" },
  { from: "aff2ar-weigh", to: "neg2nr-weigh", relation: "rebuts" },
  { from: "neg-solvency-takeout", to: "aff-solvency", relation: "rebuts" },
  { from: "neg2-russia-china-turn", to: "aff2-russia-turn", relation: "rebuts" },
  { from: "neg2-cve-nonunique", to: "aff2-solvency-answer", relation: "rebuts" },
  { from: "neg2nr-85-percent", to: "aff1ar-irpt", relation: "rebuts" },
  { from: "neg2-migrant-extension", to: "aff2-paraphrase-indict", relation: "rebuts" },
  { from: "neg2nr-ease-horror", to: "aff1ar-prisoner-indict", relation: "rebuts" },
  { from: "aff2-bridge-figure", to: "neg-know-little", relation: "rebuts" },
  { from: "aff2ar-corruption", to: "neg2-question-indict", relation: "rebuts" },
  { from: "aff1ar-abuses-rising", to: "neg1nr-context-indict", relation: "rebuts" },
  { from: "aff1ar-no-link", to: "aff2-no-link", relation: "extends" },
  { from: "aff1ar-irpt", to: "aff2-irpt-context", relation: "extends" },
];
