/** Role cards name the right characters, and `npm run check` reports a card for an unknown one. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '#src/course/check-content.ts';
import {
  cardProblems,
  cardTitle,
  counterpartCards,
  learnerCard,
  learnerCardTitle,
} from '#src/facilitator/role-cards.ts';
import type { Scenario } from '#src/schemas/scenario.ts';
import { loadScenario, SAMPLE_SCENARIO } from './helpers.ts';

const { modules } = checkContent(process.cwd());
const scenarios = modules.flatMap((m) => m.scenarios);
const byId = (id: string) => scenarios.find((s) => s.id === id)!;
// The expected titles below are English, the course's language and the fixture's.
const lang = 'en';
const titles = (s: Scenario) =>
  counterpartCards(s, lang).map((c) => cardTitle(c.name, c.label, lang));

describe('role cards of the course', () => {
  it(
    'give the customer and the team member of a manager scenario their own cards, and the ' +
      'learner plays the team lead',
    () => {
      expect(titles(byId('after_abuse'))).toEqual([
        'Role card — Leanne (team member)',
        'Role card — Mr Holt (customer)',
      ]);
      expect(learnerCardTitle(learnerCard(byId('after_abuse'), lang).label, lang)).toBe(
        'Role card — you (team lead)',
      );
      expect(learnerCard(byId('fine_check_in'), lang).label).toBe('team lead');
    },
  );

  it('give each of the three callers a card', () => {
    expect(titles(byId('claims_calls')).slice(0, 3)).toEqual([
      'Role card — Mr Pryce (caller 1)',
      'Role card — Mrs Okafor (caller 2)',
      'Role card — Mr Hale (caller 3)',
    ]);
  });

  it('never title a colleague as a customer', () => {
    for (const s of scenarios) {
      for (const c of counterpartCards(s, lang)) {
        const role = s.characters.find((x) => x.id === c.character)!.role;
        if (role !== 'customer')
          expect({ scenario: s.id, card: c.name, label: c.label }).not.toMatchObject({
            label: 'customer',
          });
      }
    }
    expect(titles(byId('hospital_reception'))).toContain('Role card — Bev (colleague)');
    expect(titles(byId('clinic_reception'))).toContain('Role card — Priya (colleague)');
  });

  it(
    'give every customer who speaks a card, each written for that character, with no ' + 'problems',
    () => {
      for (const s of scenarios) {
        expect({ scenario: s.id, problems: cardProblems(s) }).toEqual({
          scenario: s.id,
          problems: [],
        });
        const speakers = new Set(s.nodes.map((n) => n.speaker));
        const carded = new Set(counterpartCards(s, lang).map((c) => c.character));
        for (const c of s.characters.filter((x) => x.role === 'customer' && speakers.has(x.id)))
          expect({ scenario: s.id, missing: c.id, has: carded.has(c.id) }).toEqual({
            scenario: s.id,
            missing: c.id,
            has: true,
          });
        // A card shared by two people ("Ruth: … Sam: …") is two cards.
        for (const c of counterpartCards(s, lang)) expect(c.mood).not.toMatch(/^[A-Z][a-z]+:/);
      }
    },
  );
});

describe('card checks', () => {
  const sample = loadScenario(SAMPLE_SCENARIO);
  const withCards = (cards: unknown[]) =>
    ({ ...sample, brief: { ...sample.brief, cards } }) as Scenario;
  const card = (character: string) => ({
    character,
    mood: 'm',
    wants: 'w',
    escalates: ['e'],
    calms: ['c'],
  });

  it('reports an unknown character, the learner, and a second card for the same character', () => {
    expect(cardProblems(withCards([card('cus'), card('you'), card('cust'), card('cust')]))).toEqual(
      [
        {
          at: 'brief › cards › #1',
          message: 'character "cus" is not a character of this scenario; set it to one of cust',
        },
        {
          at: 'brief › cards › #2',
          message:
            '"you" is the learner (role employee), whose card is brief.employee; name a ' +
            'character the learner talks to (cust)',
        },
        {
          at: 'brief › cards › #4',
          message: '"cust" already has a card; merge the two cards or name another character',
        },
      ],
    );
    expect(
      counterpartCards(withCards([card('cus'), card('cust')]), lang).map((c) => c.name),
    ).toEqual(['Mrs Lee']);
  });

  it('still reads an older "customer:" block, for the first customer, with a warning', () => {
    const { cards: _cards, ...rest } = sample.brief;
    const legacy = {
      ...sample,
      brief: { ...rest, customer: { mood: 'm', wants: 'w', escalates: ['e'], calms: ['c'] } },
    } as Scenario;
    expect(titles(legacy)).toEqual(['Role card — Mrs Lee (customer)']);
    expect(cardProblems(legacy)).toEqual([
      {
        at: 'brief › customer',
        warning: true,
        message:
          '"customer" is deprecated and guesses who the card is for; write "cards:" with one ' +
          'card per character, each naming it, e.g. "- character: cust" (characters: cust)',
      },
    ]);
  });

  it('npm run check names the file, the card and the fix', () => {
    const root = mkdtempSync(join(tmpdir(), 'cards-'));
    try {
      cpSync('tests/fixtures/valid/content', join(root, 'content'), { recursive: true });
      const file = join(root, 'content', 'modules', '01-sample', 'scenarios', 'counter.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          'cards: [{ character: cust,',
          'cards: [{ character: mrs_lee,',
        ),
      );
      const saved = process.env.COURSE_CONTENT;
      process.env.COURSE_CONTENT = 'content';
      const result = checkContent(root);
      if (saved === undefined) delete process.env.COURSE_CONTENT;
      else process.env.COURSE_CONTENT = saved;
      expect(
        result.errors.map(
          (e) => `${e.file.replace(/^.*content\//, 'content/')}: ${e.at}: ${e.message}`,
        ),
      ).toEqual([
        'content/modules/01-sample/scenarios/counter.yaml: brief › cards › #1: character ' +
          '"mrs_lee" is not a character of this scenario; set it to one of cust',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
