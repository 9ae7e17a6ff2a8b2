/** How the kit writes lengths and counts: hours and minutes, plural forms per language. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '#src/course/check-content.ts';
import { hoursAndMinutes, planHeading } from '#src/facilitator/duration.ts';
import { t } from '#src/i18n/ui.ts';

describe('lengths in hours and minutes', () => {
  it('says hours and minutes as people do, in each language', () => {
    expect(hoursAndMinutes(161, 'en')).toBe('2 hours, 41 minutes');
    expect(hoursAndMinutes(60, 'en')).toBe('1 hour');
    expect(hoursAndMinutes(45, 'en')).toBe('45 minutes');
    expect(hoursAndMinutes(61, 'en')).toBe('1 hour, 1 minute');
    expect(hoursAndMinutes(161, 'fr').replace(/\s/g, ' ')).toBe('2 heures et 41 minutes');
  });

  it('titles every session plan with its real length, once, never "(161 minutes)"', () => {
    const { course, plans } = checkContent(process.cwd());
    const lang = course!.languages[0];
    expect(plans.length).toBeGreaterThan(3);
    for (const plan of plans) {
      const heading = planHeading(plan.title, plan.minutes, lang);
      expect(heading).toContain(`(${hoursAndMinutes(plan.minutes, lang)})`);
      expect(heading).not.toMatch(/\(\d+ minutes\)/);
    }
    expect(planHeading('Half-day workshop (161 minutes)', 161, 'en')).toBe(
      'Half-day workshop (2 hours, 41 minutes)',
    );
    expect(planHeading('Team meeting', 60, 'en')).toBe('Team meeting (1 hour)');
  });

  it('counts with the plural rules of the language', () => {
    expect(t('en', 'kitMapSvgTitle', { title: 'x', moments: 1, endings: 2 })).toBe(
      'Map of the scenario "x": 1 moment, 2 endings',
    );
  });
});
