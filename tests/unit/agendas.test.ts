/** Session plans (content/sessions/*.yaml) and in-class timings, from the real course content. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '#src/course/check-content.ts';
import { planProblems } from '#src/course/plan-check.ts';
import { type AgendaItem, longestStretch, startClock, total } from '#src/facilitator/agendas.ts';
import {
  BRIEFING_MINUTES,
  classTiming,
  classTimingText,
  DEBRIEF_MINUTES,
} from '#src/facilitator/timing.ts';
import type { SessionPlan } from '#src/schemas/session-plan.ts';

const { course, modules, plans, programmes } = checkContent(process.cwd());
const agendas = Object.fromEntries(plans.map((a) => [a.id, a]));
const clock = (items: AgendaItem[], until: number) => total(items.slice(0, until));
const scenarios = modules.flatMap((m) => m.scenarios);

describe('in-class timing', () => {
  it('is briefing + one run-through + debrief, the same number everywhere', () => {
    expect(classTiming({ duration: 6 })).toEqual({
      briefing: BRIEFING_MINUTES,
      play: 6,
      debrief: DEBRIEF_MINUTES,
      total: BRIEFING_MINUTES + 6 + DEBRIEF_MINUTES,
    });
    expect(classTimingText({ duration: 7 }, 'en')).toBe(
      `about ${BRIEFING_MINUTES + 7 + DEBRIEF_MINUTES} minutes in class ` +
        `(${BRIEFING_MINUTES} to brief, 7 to play, ${DEBRIEF_MINUTES} to debrief)`,
    );
  });

  it('every role-play block leaves time to brief, play each run and debrief', () => {
    for (const plan of plans)
      for (const block of plan.blocks.filter((b) => b.roleplay)) {
        const s = scenarios.find((x) => x.id === block.roleplay)!;
        const needed = BRIEFING_MINUTES + block.runs * s.duration + DEBRIEF_MINUTES;
        expect({ plan: plan.id, block: block.activity, ok: block.minutes >= needed }).toEqual({
          plan: plan.id,
          block: block.activity,
          ok: true,
        });
      }
  });
});

describe('session plans', () => {
  it('every plan’s blocks add up to its stated total', () => {
    expect(plans.length).toBeGreaterThanOrEqual(7);
    for (const plan of plans)
      expect({ id: plan.id, sum: total(plan.blocks) }).toEqual({ id: plan.id, sum: plan.minutes });
  });

  it('each module has one plan of 60 to 75 minutes, every block timed', () => {
    for (const id of course!.modules) {
      const own = plans.filter((p) => p.module === id);
      expect({ id, plans: own.length }).toEqual({ id, plans: 1 });
      expect(own[0].minutes).toBeGreaterThanOrEqual(60);
      expect(own[0].minutes).toBeLessThanOrEqual(75);
      expect(own[0].blocks.every((b) => b.minutes > 0)).toBe(true);
    }
  });

  it(
    'a programme spreads every module over weeks, for 6 to 16 people, in a room or on a ' + 'call',
    () => {
      expect(programmes).toHaveLength(1);
      const [programme] = programmes;
      expect(programme.groupSize).toEqual({ min: 6, max: 16 });
      const taught = programme.sessions.map((s) => agendas[s.plan]?.module).filter(Boolean);
      expect(new Set(taught)).toEqual(new Set(course!.modules));
      const weeks = programme.sessions.map((s) => s.week);
      expect(weeks).toEqual([...weeks].sort((a, b) => a - b));
      expect(new Set(weeks).size).toBe(weeks.length); // one session a week at most
      expect(programme.delivery.inRoom.length).toBeGreaterThan(50);
      expect(programme.delivery.virtual.length).toBeGreaterThan(50);
      // A follow-up two to four weeks after the last module.
      const follow = programme.sessions.find((s) => s.plan === 'follow_up')!;
      const lastModule = Math.max(
        ...programme.sessions.filter((s) => agendas[s.plan]?.module).map((s) => s.week),
      );
      expect(follow.week - lastModule).toBeGreaterThanOrEqual(2);
      expect(follow.week - lastModule).toBeLessThanOrEqual(4);
      const titles = programme.sections.map((s) => s.title.toLowerCase()).join(' | ');
      for (const topic of [
        'confidentiality',
        'managers',
        'co-facilitator',
        'debrief',
        'evaluation',
      ])
        expect(titles).toContain(topic);
      expect(programme.sections.flatMap((s) => s.paragraphs).join(' ')).toMatch(
        /small team is not anonymous/,
      );
    },
  );

  it('the full day has a morning break, a lunch, and no stretch over 90 minutes', () => {
    const items = agendas.full_day.blocks;
    const lunchAt = items.findIndex((i) => i.kind === 'lunch');
    expect(items[lunchAt]).toMatchObject({ activity: 'Lunch', minutes: 60 });
    expect(items.filter((i) => i.kind === 'lunch')).toHaveLength(1);
    expect(items.slice(0, lunchAt).some((i) => i.kind === 'break')).toBe(true);
    expect(items.slice(lunchAt + 1).some((i) => i.kind === 'break')).toBe(true);
    expect(clock(items, lunchAt)).toBeGreaterThanOrEqual(120);
    expect(clock(items, lunchAt)).toBeLessThanOrEqual(180);
    expect(longestStretch(items)).toBeLessThanOrEqual(90);
  });

  it('the half day fits in four hours with one break and no stretch over 90 minutes', () => {
    const items = agendas.half_day.blocks;
    expect(items.filter((i) => i.kind !== 'session')).toEqual([
      expect.objectContaining({ kind: 'break', minutes: 15 }),
    ]);
    expect(agendas.half_day.minutes).toBeLessThanOrEqual(4 * 60);
    expect(longestStretch(items)).toBeLessThanOrEqual(90);
    expect(agendas.team_meeting.minutes).toBe(60);
  });

  it('longestStretch counts sessions between pauses; startClock gives h:mm', () => {
    const s = (minutes: number): AgendaItem => ({ kind: 'session', minutes });
    const pause: AgendaItem = { kind: 'break', minutes: 15 };
    expect(longestStretch([s(30), s(40), pause, s(50)])).toBe(70);
    expect(longestStretch([s(30), pause, s(40), s(50)])).toBe(90);
    expect(longestStretch([])).toBe(0);
    expect(startClock([s(45), s(30), s(5)], 2)).toBe('1:15');
  });
});

describe('the check of session plans', () => {
  const plan = (over: Partial<SessionPlan>): SessionPlan & { file: string } => ({
    kind: 'session',
    id: 'p',
    title: 'P',
    purpose: 'x',
    minutes: 30,
    blocks: [{ minutes: 30, kind: 'session', activity: 'a', runs: 1 }],
    file: 'content/sessions/p.yaml',
    ...over,
  });

  it('says when the blocks do not add up to the total', () => {
    const { errors } = planProblems([plan({ minutes: 45 })], [], modules);
    expect(errors).toEqual([
      {
        file: 'content/sessions/p.yaml',
        at: 'minutes',
        message: "says 45 but the blocks add up to 30; fix a block's minutes or the total",
      },
    ]);
  });

  it('says when a role-play block is too short for its runs, or names no scenario', () => {
    const s = scenarios[0];
    const blocks = [
      { minutes: 12, kind: 'session' as const, activity: 'two runs', roleplay: s.id, runs: 2 },
      { minutes: 18, kind: 'session' as const, activity: 'x', roleplay: 'nope', runs: 1 },
    ];
    const { errors } = planProblems([plan({ blocks })], [], modules);
    expect(errors.map((e) => e.at)).toEqual(['blocks › #1 › minutes', 'blocks › #2 › roleplay']);
    expect(errors[0].message).toContain(
      `take ${BRIEFING_MINUTES + 2 * s.duration + DEBRIEF_MINUTES}`,
    );
  });

  it('says when a programme names an unknown plan or goes back in weeks', () => {
    const [programme] = programmes;
    const broken = {
      ...programme,
      sessions: [
        { week: 3, plan: 'p' },
        { week: 2, plan: 'ghost' },
      ],
    };
    const { errors, warnings } = planProblems([plan({})], [broken], modules);
    expect(errors.map((e) => e.at)).toEqual(['sessions › #2 › plan', 'sessions › #2 › week']);
    expect(warnings).toHaveLength(modules.length); // no session teaches any module
  });
});
