/**
 * Session plans built from the modules: a half-day and a full-day workshop and a 60-minute team
 * meeting for reflective practice. Timings come from the content (module and scenario durations,
 * role-plays timed by timing.ts), so an edited module updates the plans. Breaks and lunch are
 * their own kinds of item, so a plan can be checked for a stretch with no pause.
 */
import type { ModuleSource } from '../course/load.ts';
import { classTiming } from './timing.ts';

export interface AgendaItem {
  minutes: number;
  /** `break` and `lunch` are time away from the work; everything else is a session. */
  kind: 'session' | 'break' | 'lunch';
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

export const total = (items: AgendaItem[]) => items.reduce((sum, i) => sum + i.minutes, 0);

/** Longest run of sessions without a break or lunch, in minutes. */
export function longestStretch(items: AgendaItem[]): number {
  let longest = 0;
  let run = 0;
  for (const item of items) {
    run = item.kind === 'session' ? run + item.minutes : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

type Session = Omit<AgendaItem, 'kind'>;
const session = (item: Session): AgendaItem => ({ kind: 'session', ...item });

/** A module in class: short input, one live role-play (timed by src/facilitator/timing.ts), debrief. */
function moduleBlock(m: ModuleSource, lang: string): AgendaItem[] {
  const meta = m.text[lang].meta;
  const scenario = m.scenarios[0];
  return [
    session({ minutes: 15, activity: `${meta.title}: key ideas`, detail: meta.summary, materials: 'Facilitator guide, job aid' }),
    ...(scenario ? [session({ minutes: classTiming(scenario).total, activity: `Role-play: ${scenario.title}`, detail: `In threes with role cards and an observer sheet (${scenario.setting}); or in projector mode with the whole room.`, materials: 'Role cards, observer sheet, projector' })] : []),
    session({ minutes: 10, activity: 'Debrief and job aid', detail: scenario?.brief.debriefQuestions[0] ?? 'What will you try this week?', materials: 'Printed job aid' }),
  ];
}

export function buildAgendas(modules: ModuleSource[], lang: string): Agenda[] {
  const find = (id: string) => modules.find((m) => m.id === id);
  const pickModules = (ids: string[]) => ids.flatMap((id) => (find(id) ? [find(id)!] : []));
  const open = session({ minutes: 20, activity: 'Welcome and ground rules', detail: 'What is said in the room stays in the room; nobody has to share more than they want; this is training, not therapy.', materials: 'Slide or flip chart' });
  const foundations = session({ minutes: 25, activity: 'What relational burnout is', detail: 'The imbalance between relational energy given and received; warning signs; why the most dedicated are most exposed.', materials: 'Foundations guide, warning-signs self-check' });
  const close = session({ minutes: 15, activity: 'Commitments and close', detail: 'Each person names one technique to try this week and one person they can talk to after a hard exchange.', materials: 'Job aids to take away' });
  const pause = (minutes: number): AgendaItem => ({ kind: 'break', minutes, activity: 'Break', detail: 'A real break: away from screens and phones.', materials: '' });
  const lunch: AgendaItem = { kind: 'lunch', minutes: 60, activity: 'Lunch', detail: 'A full hour away from the room, the screens and the inbox.', materials: '' };
  const blocks = (ids: string[]) => pickModules(ids).flatMap((m) => moduleBlock(m, lang));
  const reset = pickModules(['stress']).slice(0, 1).map((m) => session({ minutes: 10, activity: `${m.text[lang].meta.title}: one-minute reset`, detail: 'Practise the breathing pacer together, then agree on a ritual between interactions.', materials: 'Breathing pacer on screen' }));
  const half = [open, foundations, ...blocks(['dissatisfaction']), pause(15), ...blocks(['incivility']), ...reset, close];
  const full = [open, foundations, ...blocks(['dissatisfaction']), pause(15), ...blocks(['incivility']), lunch, ...blocks(['meaning', 'stress']), pause(15), ...blocks(['emotional_intelligence']), close];
  const team = [
    session({ minutes: 5, activity: 'Check-in', detail: 'One word each for how the week has been. No discussion yet.', materials: '' }),
    session({ minutes: 20, activity: 'One hard exchange, told and heard', detail: 'One volunteer describes a recent hard interaction; the group listens without advice, then asks open questions.', materials: 'Observer sheet as a listening guide' }),
    session({ minutes: 20, activity: 'What helped, what could help', detail: 'Name what protected energy (a colleague, a break, a script) and what the team or manager could change.', materials: 'Flip chart' }),
    session({ minutes: 10, activity: 'Practice: one technique', detail: 'Rehearse one line from a job aid (a paraphrase, a boundary script) in pairs.', materials: 'Job aids' }),
    session({ minutes: 5, activity: 'Close', detail: 'Each person names one thing they take away. Protect the date of the next session.', materials: '' }),
  ];
  return [
    { id: 'half_day', title: `Half-day workshop (${total(half)} minutes)`, purpose: 'Understand relational burnout and practise the two levers used most at the front line.', items: half },
    { id: 'full_day', title: `Full-day workshop (${total(full)} minutes)`, purpose: 'All five levers with live role-plays, for a team or a cohort of new starters.', items: full },
    { id: 'team_meeting', title: `60-minute team meeting for reflective practice (${total(team)} minutes)`, purpose: 'A regular, protected space to talk about hard interactions: resilience lives between people.', items: team },
  ];
}
