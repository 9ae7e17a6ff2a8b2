/**
 * Starting files for `npm run new`: valid as they stand (so `npm run check` passes at once),
 * with comments that say what each field is for and where the authoring guide explains it.
 */

export const moduleMdx = (id: string, title: string, lever: string) => `---
# The module's frontmatter: see content/README.md, "The module file".
id: ${id}
title: "${title}"
# Which lever of the course this module belongs to: one of \`levers\` in course.yaml.
lever: ${lever}
summary: One or two sentences that tell a learner why this module is worth their time.
# Minutes, reading and role-plays included; npm run bench shows the estimate from the words.
duration: 15
objectives:
  - Name the first thing the learner will be able to do
  - Name the second thing, starting with a verb
  - Name the third thing, starting with a verb
competencies:
  - { id: first_skill, label: The first skill this module trains }
---

<Section id="intro" title="Why this matters">
Write the first section here: the idea, an exchange that shows it, and the common mistake.

<KeyIdea title="The one thing to remember">Say it in one sentence.</KeyIdea>
</Section>
`;

export const scenarioYaml = (id: string, competency: string) =>
  `# A branching role-play: see content/README.md, "Role-play scenarios".
# Every id is stable: learners' saved progress and the LMS record use them.
id: ${id}
title: A short title the learner sees
setting: Where it happens, e.g. "Front desk, public library"
summary: >-
  One or two sentences that set the scene for the learner.
duration: 5 # minutes to play it through once
mode: practice # practice shows feedback after each choice; assessment holds it to the end
characters:
  - { id: visitor, name: Ms Example, role: customer, persona: Who they are and what they want ` +
  `today. }
  - { id: you, name: You, role: employee, persona: Your role and how your day is going. }
meters:
  - { id: tension, label: Their tension, start: 50, good: low }
competencies: [${competency}] # from the module's frontmatter
start: opening
nodes:
  - id: opening
    speaker: visitor
    cue: How they sound or move.
    text: What the customer says first.
    choices:
      # strong, acceptable or weak; feedback says why, in the module's terms.
      - id: listen
        text: A plain, specific answer that shows you heard them.
        feedback: Why this works.
        rating: strong
        effects: { tension: -20 }
        points: { ${competency}: 2 }
        next: outcome
      - id: defend
        text: A plausible answer that misses what they need.
        feedback: Why this makes things harder.
        rating: weak
        effects: { tension: 25 }
        next: outcome
routers:
  # The meters, not the last choice alone, decide how it ends.
  - id: outcome
    routes:
      - { when: "tension >= 60", next: end_unresolved }
      - { next: end_resolved }
endings:
  - id: end_resolved
    outcome: resolved
    title: How it turned out, in a few words
    text: What happens next, in two or three sentences.
    debrief: What made the difference on this path.
    lesson: The one lesson to keep.
  - id: end_unresolved
    outcome: partly_resolved
    title: How it turned out, in a few words
    text: What happens next, in two or three sentences.
    debrief: What made the difference on this path.
    lesson: The one lesson to keep.
brief: # for the facilitator kit: role cards and the observer sheet
  situation: The situation both players know.
  cards:
    - character: visitor
      mood: Their mood at the start.
      wants: What they want from this conversation.
      escalates: [What makes them more tense]
      calms: [What calms them]
  employee: { goal: What a good outcome looks like, technique: The technique from the module }
  observe: [What observers watch for, A second thing to watch]
  debriefQuestions: [A question for the debrief, A second question]
`;

export const checkYaml = (
  id: string,
) => `# A knowledge check: see content/README.md, "Knowledge checks".
# Write situations, not recall: ask what the learner would do next in a new case.
id: ${id}
title: Check your understanding
questions:
  - id: first_question # stable: the LMS stores the answer under it
    prompt: A short situation, then the question.
    options:
      # Exactly one correct; keep options about the same length so length gives nothing away.
      - { id: best, correct: true, text: The best next step, feedback: Why it is right. }
      - { id: tempting, text: A tempting but weaker step, feedback: Why it falls short. }
      - { id: common, text: The common mistake, feedback: Why it backfires. }
`;

export const toolYaml = (id: string) => `# A practice tool: see content/README.md, "Practice tools".
# This one is paraphrasing practice; src/schemas/tool.ts lists the other types and their fields.
id: ${id}
type: paraphrase
title: Practise paraphrasing
intro: Rewrite each complaint in your own words, then compare. Your answers stay on this device.
items:
  - id: first
    complaint: What the customer says.
    models:
      - { text: A good paraphrase., why: What makes it work. }
      - { text: Another good paraphrase., why: What makes it work. }
    pitfall: { text: A tempting answer that misses., why: Why it misses. }
  - id: second
    complaint: What the customer says.
    models:
      - { text: A good paraphrase., why: What makes it work. }
      - { text: Another good paraphrase., why: What makes it work. }
    pitfall: { text: A tempting answer that misses., why: Why it misses. }
  - id: third
    complaint: What the customer says.
    models:
      - { text: A good paraphrase., why: What makes it work. }
      - { text: Another good paraphrase., why: What makes it work. }
    pitfall: { text: A tempting answer that misses., why: Why it misses. }
`;
