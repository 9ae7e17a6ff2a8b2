/** Session plans and in-class timings, built from the real course content. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/course/check-content.ts';
import {
  type AgendaItem,
  buildAgendas,
  longestStretch,
  total,
} from '../../src/facilitator/agendas.ts';
import {
  BRIEFING_MINUTES,
  classTiming,
  classTimingText,
  DEBRIEF_MINUTES,
} from '../../src/facilitator/timing.ts';

const { course, modules } = checkContent(process.cwd());
const lang = course!.languages[0];
const agendas = Object.fromEntries(buildAgendas(modules, lang).map((a) => [a.id, a]));
const clock = (items: AgendaItem[], until: number) => total(items.slice(0, until));

describe('in-class timing', () => {
  it('is briefing + one run-through + debrief, the same number everywhere', () => {
    expect(classTiming({ duration: 6 })).toEqual({
      briefing: BRIEFING_MINUTES,
      play: 6,
      debrief: DEBRIEF_MINUTES,
      total: BRIEFING_MINUTES + 6 + DEBRIEF_MINUTES,
    });
    expect(classTimingText({ duration: 7 }, 'en')).toBe(
      `about ${BRIEFING_MINUTES + 7 + DEBRIEF_MINUTES} minutes in class (${BRIEFING_MINUTES} to brief, 7 to play, ${DEBRIEF_MINUTES} to debrief)`,
    );
  });

  it('matches the guides: every role-play takes 12 to 15 minutes in class', () => {
    for (const s of modules.flatMap((m) => m.scenarios))
      expect({ id: s.id, minutes: classTiming(s).total }).toEqual({
        id: s.id,
        minutes: expect.toSatisfy((n: number) => n >= 12 && n <= 15),
      });
  });

  it('the session plans time each role-play with it', () => {
    for (const a of Object.values(agendas)) {
      for (const item of a.items.filter((i) => i.activity.startsWith('Role-play: '))) {
        const scenario = modules
          .flatMap((m) => m.scenarios)
          .find((s) => item.activity === `Role-play: ${s.title}`)!;
        expect(item.minutes).toBe(classTiming(scenario).total);
      }
    }
  });
});

describe('session plans', () => {
  it('has a half day, a full day and a 60-minute team meeting, each titled with its real total', () => {
    expect(Object.keys(agendas)).toEqual(['half_day', 'full_day', 'team_meeting']);
    for (const a of Object.values(agendas))
      expect(a.title).toContain(`(${total(a.items)} minutes)`);
    expect(total(agendas.team_meeting.items)).toBe(60);
    expect(total(agendas.half_day.items)).toBeLessThanOrEqual(4 * 60);
  });

  it('the full day has a morning break, a lunch called Lunch, and no stretch over 90 minutes', () => {
    const items = agendas.full_day.items;
    const lunchAt = items.findIndex((i) => i.kind === 'lunch');
    expect(items[lunchAt]).toMatchObject({ activity: 'Lunch', minutes: 60 });
    expect(items.filter((i) => i.kind === 'lunch')).toHaveLength(1);
    const morningBreak = items.slice(0, lunchAt).findIndex((i) => i.kind === 'break');
    expect(morningBreak).toBeGreaterThan(0);
    expect(items[morningBreak]).toMatchObject({ activity: 'Break', minutes: 15 });
    expect(items.slice(lunchAt + 1).some((i) => i.kind === 'break')).toBe(true);
    // Lunch starts somewhere between two and three hours into the day.
    expect(clock(items, lunchAt)).toBeGreaterThanOrEqual(120);
    expect(clock(items, lunchAt)).toBeLessThanOrEqual(180);
    expect(longestStretch(items)).toBeLessThanOrEqual(90);
    expect(items.filter((i) => i.activity === 'Break').every((i) => i.kind === 'break')).toBe(true);
  });

  it('the half day has one break between its two levers and no stretch over 90 minutes', () => {
    const items = agendas.half_day.items;
    expect(items.filter((i) => i.kind !== 'session')).toEqual([
      expect.objectContaining({ kind: 'break', activity: 'Break', minutes: 15 }),
    ]);
    expect(items.some((i) => i.kind === 'lunch')).toBe(false);
    expect(longestStretch(items)).toBeLessThanOrEqual(90);
  });

  it('longestStretch counts sessions between pauses', () => {
    const s = (minutes: number): AgendaItem => ({
      kind: 'session',
      minutes,
      activity: 'x',
      detail: '',
      materials: '',
    });
    const pause: AgendaItem = {
      kind: 'break',
      minutes: 15,
      activity: 'Break',
      detail: '',
      materials: '',
    };
    expect(longestStretch([s(30), s(40), pause, s(50)])).toBe(70);
    expect(longestStretch([s(30), pause, s(40), s(50)])).toBe(90);
    expect(longestStretch([])).toBe(0);
  });
});
