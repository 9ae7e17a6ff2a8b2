/**
 * Session plans built from the modules: a half-day and a full-day workshop and a 60-minute team
 * meeting for reflective practice. Timings come from the content (module and scenario durations),
 * so an edited module updates the plans.
 */
import type { ModuleSource } from '../course/load.ts';

export interface AgendaItem {
  minutes: number;
  activity: string;
  detail: string;
  materials: string;
}

export interface Agenda {
  id: string;
  title: string;
  purpose: string;
  items: AgendaItem[];
}

const total = (items: AgendaItem[]) => items.reduce((sum, i) => sum + i.minutes, 0);

/** A module in class: short input, one live role-play (doubled time for class), debrief. */
function moduleBlock(m: ModuleSource, lang: string): AgendaItem[] {
  const meta = m.text[lang].meta;
  const scenario = m.scenarios[0];
  return [
    { minutes: 15, activity: `${meta.title}: key ideas`, detail: meta.summary, materials: 'Facilitator guide, job aid' },
    ...(scenario ? [{ minutes: scenario.duration * 2 + 10, activity: `Role-play: ${scenario.title}`, detail: `Projector mode with the whole room, then in threes with role cards and an observer sheet (${scenario.setting}).`, materials: 'Projector, customer and employee cards, observer sheet' }] : []),
    { minutes: 10, activity: 'Debrief and job aid', detail: scenario?.brief.debriefQuestions[0] ?? 'What will you try this week?', materials: 'Printed job aid' },
  ];
}

export function buildAgendas(modules: ModuleSource[], lang: string): Agenda[] {
  const find = (id: string) => modules.find((m) => m.id === id);
  const pickModules = (ids: string[]) => ids.flatMap((id) => (find(id) ? [find(id)!] : []));
  const open: AgendaItem = { minutes: 20, activity: 'Welcome and ground rules', detail: 'What is said in the room stays in the room; nobody has to share more than they want; this is training, not therapy.', materials: 'Slide or flip chart' };
  const foundations: AgendaItem = { minutes: 25, activity: 'What relational burnout is', detail: 'The imbalance between relational energy given and received; warning signs; why the most dedicated are most exposed.', materials: 'Foundations guide, warning-signs self-check' };
  const close: AgendaItem = { minutes: 15, activity: 'Commitments and close', detail: 'Each person names one technique to try this week and one person they can talk to after a hard exchange.', materials: 'Job aids to take away' };
  const pause = (minutes: number): AgendaItem => ({ minutes, activity: 'Break', detail: 'A real break: away from screens and phones.', materials: '' });

  const half = [open, foundations, ...pickModules(['dissatisfaction']).flatMap((m) => moduleBlock(m, lang)), pause(15), ...pickModules(['incivility']).flatMap((m) => moduleBlock(m, lang)), ...pickModules(['stress']).slice(0, 1).map((m) => ({ minutes: 10, activity: `${m.text[lang].meta.title}: one-minute reset`, detail: 'Practise the breathing pacer together, then agree on a ritual between interactions.', materials: 'Breathing pacer on screen' })), close];
  const full = [open, foundations, ...pickModules(['dissatisfaction', 'incivility']).flatMap((m) => moduleBlock(m, lang)), pause(60), ...pickModules(['meaning', 'stress', 'emotional_intelligence']).flatMap((m) => moduleBlock(m, lang)), pause(15), close];
  const team: AgendaItem[] = [
    { minutes: 5, activity: 'Check-in', detail: 'One word each for how the week has been. No discussion yet.', materials: '' },
    { minutes: 20, activity: 'One hard exchange, told and heard', detail: 'One volunteer describes a recent hard interaction; the group listens without advice, then asks open questions.', materials: 'Observer sheet as a listening guide' },
    { minutes: 20, activity: 'What helped, what could help', detail: 'Name what protected energy (a colleague, a break, a script) and what the team or manager could change.', materials: 'Flip chart' },
    { minutes: 10, activity: 'Practice: one technique', detail: 'Rehearse one line from a job aid (a paraphrase, a boundary script) in pairs.', materials: 'Job aids' },
    { minutes: 5, activity: 'Close', detail: 'Each person names one thing they take away. Protect the date of the next session.', materials: '' },
  ];
  return [
    { id: 'half_day', title: `Half-day workshop (${total(half)} minutes)`, purpose: 'Understand relational burnout and practise the two levers used most at the front line.', items: half },
    { id: 'full_day', title: `Full-day workshop (${total(full)} minutes)`, purpose: 'All five levers with live role-plays, for a team or a cohort of new starters.', items: full },
    { id: 'team_meeting', title: `60-minute team meeting for reflective practice (${total(team)} minutes)`, purpose: 'A regular, protected space to talk about hard interactions: resilience lives between people.', items: team },
  ];
}
