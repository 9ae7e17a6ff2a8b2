/**
 * Session plans built from the modules: a half-day and a full-day workshop and a 60-minute team
 * meeting for reflective practice. Timings come from the content (module and scenario durations,
 * role-plays timed by timing.ts), so an edited module updates the plans. Breaks and lunch are
 * their own kinds of item, so a plan can be checked for a stretch with no pause.
 */
import type { ModuleSource } from '../course/load.ts';
import { t } from '../i18n/ui.ts';
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
    session({
      minutes: 15,
      activity: t(lang, 'kitAgendaKeyIdeas', { title: meta.title }),
      detail: meta.summary,
      materials: t(lang, 'kitAgendaGuideJobAid'),
    }),
    ...(scenario
      ? [
          session({
            minutes: classTiming(scenario).total,
            activity: t(lang, 'kitAgendaRolePlay', { title: scenario.title }),
            detail: t(lang, 'kitAgendaRolePlayDetail', { setting: scenario.setting }),
            materials: t(lang, 'kitAgendaRolePlayMaterials'),
          }),
        ]
      : []),
    session({
      minutes: 10,
      activity: t(lang, 'kitAgendaDebrief'),
      detail: scenario?.brief.debriefQuestions[0] ?? t(lang, 'kitAgendaDebriefFallback'),
      materials: t(lang, 'kitAgendaPrintedJobAid'),
    }),
  ];
}

/** The three plans, in `lang` (the course's first language: the scenarios are read as written). */
export function buildAgendas(modules: ModuleSource[], lang: string): Agenda[] {
  const find = (id: string) => modules.find((m) => m.id === id);
  const pickModules = (ids: string[]) => ids.flatMap((id) => (find(id) ? [find(id)!] : []));
  const open = session({
    minutes: 20,
    activity: t(lang, 'kitAgendaWelcome'),
    detail: t(lang, 'kitAgendaWelcomeDetail'),
    materials: t(lang, 'kitAgendaWelcomeMaterials'),
  });
  const foundations = session({
    minutes: 25,
    activity: t(lang, 'kitAgendaFoundations'),
    detail: t(lang, 'kitAgendaFoundationsDetail'),
    materials: t(lang, 'kitAgendaFoundationsMaterials'),
  });
  const close = session({
    minutes: 15,
    activity: t(lang, 'kitAgendaClose'),
    detail: t(lang, 'kitAgendaCloseDetail'),
    materials: t(lang, 'kitAgendaCloseMaterials'),
  });
  const pause = (minutes: number): AgendaItem => ({
    kind: 'break',
    minutes,
    activity: t(lang, 'kitAgendaBreak'),
    detail: t(lang, 'kitAgendaBreakDetail'),
    materials: '',
  });
  const lunch: AgendaItem = {
    kind: 'lunch',
    minutes: 60,
    activity: t(lang, 'kitAgendaLunch'),
    detail: t(lang, 'kitAgendaLunchDetail'),
    materials: '',
  };
  const blocks = (ids: string[]) => pickModules(ids).flatMap((m) => moduleBlock(m, lang));
  const reset = pickModules(['stress'])
    .slice(0, 1)
    .map((m) =>
      session({
        minutes: 10,
        activity: t(lang, 'kitAgendaReset', { title: m.text[lang].meta.title }),
        detail: t(lang, 'kitAgendaResetDetail'),
        materials: t(lang, 'kitAgendaResetMaterials'),
      }),
    );
  const half = [
    open,
    foundations,
    ...blocks(['dissatisfaction']),
    pause(15),
    ...blocks(['incivility']),
    ...reset,
    close,
  ];
  const full = [
    open,
    foundations,
    ...blocks(['dissatisfaction']),
    pause(15),
    ...blocks(['incivility']),
    lunch,
    ...blocks(['meaning', 'stress']),
    pause(15),
    ...blocks(['emotional_intelligence']),
    close,
  ];
  const team = [
    session({
      minutes: 5,
      activity: t(lang, 'kitAgendaCheckIn'),
      detail: t(lang, 'kitAgendaCheckInDetail'),
      materials: '',
    }),
    session({
      minutes: 20,
      activity: t(lang, 'kitAgendaHardExchange'),
      detail: t(lang, 'kitAgendaHardExchangeDetail'),
      materials: t(lang, 'kitAgendaHardExchangeMaterials'),
    }),
    session({
      minutes: 20,
      activity: t(lang, 'kitAgendaHelped'),
      detail: t(lang, 'kitAgendaHelpedDetail'),
      materials: t(lang, 'kitAgendaFlipChart'),
    }),
    session({
      minutes: 10,
      activity: t(lang, 'kitAgendaPractice'),
      detail: t(lang, 'kitAgendaPracticeDetail'),
      materials: t(lang, 'kitAgendaJobAids'),
    }),
    session({
      minutes: 5,
      activity: t(lang, 'kitAgendaEnd'),
      detail: t(lang, 'kitAgendaEndDetail'),
      materials: '',
    }),
  ];
  return [
    {
      id: 'half_day',
      title: t(lang, 'kitAgendaHalfDay', { minutes: total(half) }),
      purpose: t(lang, 'kitAgendaHalfDayPurpose'),
      items: half,
    },
    {
      id: 'full_day',
      title: t(lang, 'kitAgendaFullDay', { minutes: total(full) }),
      purpose: t(lang, 'kitAgendaFullDayPurpose'),
      items: full,
    },
    {
      id: 'team_meeting',
      title: t(lang, 'kitAgendaTeam', { minutes: total(team) }),
      purpose: t(lang, 'kitAgendaTeamPurpose'),
      items: team,
    },
  ];
}
