/**
 * Role cards for live role-play, from a scenario's brief: one card per character played opposite
 * the learner (named by id in `brief.cards`), and the learner's own card. Titles are role-neutral,
 * e.g. "Role card — Mr Holt (customer)" and "Role card — you (team lead)", so a manager's scenario
 * is not labelled customer/employee. `cardProblems` is the check `npm run check` runs.
 */

import { t, type UiKey } from '../i18n/ui.ts';
import type { Scenario } from '../schemas/scenario.ts';

export interface CounterpartCard {
  character: string;
  name: string;
  /** The part, e.g. "customer" or "caller 2". */
  label: string;
  persona: string;
  mood: string;
  wants: string;
  escalates: string[];
  calms: string[];
}

export interface LearnerCard {
  label: string;
  persona: string;
  goal: string;
  technique: string;
}

/** A card's title in the kit's language, e.g. "Role card — Mr Holt (customer)". */
export const cardTitle = (name: string, label: string, lang: string) =>
  t(lang, 'kitRoleCard', { name, label });

/** The learner's card title: "Role card — you (team lead)". */
export const learnerCardTitle = (label: string, lang: string) =>
  cardTitle(t(lang, 'kitYou'), label, lang);

/** A character's role as a card names it when the card gives no label of its own. */
const ROLE: Record<Scenario['characters'][number]['role'], UiKey> = {
  customer: 'roleCustomer',
  colleague: 'roleColleague',
  manager: 'roleManager',
  employee: 'kitRoleEmployee',
};

const learnerOf = (s: Scenario) => s.characters.find((c) => c.role === 'employee');

/** The cards as written, or (older files) the `customer` block given to the first character with the role customer. */
function writtenCards(s: Scenario) {
  if (s.brief.cards) return s.brief.cards;
  const customer = s.characters.find((c) => c.role === 'customer');
  return s.brief.customer && customer
    ? [{ character: customer.id, label: undefined, ...s.brief.customer }]
    : [];
}

/** The counterpart cards, in the brief's order; a card naming an unknown character is left out (the check reports it). */
export function counterpartCards(s: Scenario, lang: string): CounterpartCard[] {
  return writtenCards(s).flatMap((card) => {
    const c = s.characters.find((x) => x.id === card.character);
    if (!c || c.role === 'employee') return [];
    return [
      {
        character: c.id,
        name: c.name,
        label: card.label ?? t(lang, ROLE[c.role]),
        persona: c.persona,
        mood: card.mood,
        wants: card.wants,
        escalates: card.escalates,
        calms: card.calms,
      },
    ];
  });
}

export function learnerCard(s: Scenario, lang: string): LearnerCard {
  return {
    label: s.brief.employee.label ?? t(lang, ROLE.employee),
    persona: learnerOf(s)?.persona ?? '',
    goal: s.brief.employee.goal,
    technique: s.brief.employee.technique,
  };
}

export interface CardProblem {
  at: string;
  message: string;
  /** A warning does not stop the build. */
  warning?: boolean;
}

/** Each card names a character of the scenario, not the learner, and no character has two cards. */
export function cardProblems(s: Scenario): CardProblem[] {
  const problems: CardProblem[] = [];
  const learner = learnerOf(s);
  const others = s.characters
    .filter((c) => c !== learner)
    .map((c) => c.id)
    .join(', ');
  if (!s.brief.cards) {
    problems.push({
      at: 'brief › customer',
      warning: true,
      message: `"customer" is deprecated and guesses who the card is for; write "cards:" with one card per character, each naming it, e.g. "- character: ${writtenCards(s)[0]?.character ?? 'id'}" (characters: ${others})`,
    });
    return problems;
  }
  const seen = new Set<string>();
  s.brief.cards.forEach((card, i) => {
    const at = `brief › cards › #${i + 1}`;
    const character = s.characters.find((c) => c.id === card.character);
    if (!character)
      problems.push({
        at,
        message: `character "${card.character}" is not a character of this scenario; set it to one of ${others}`,
      });
    else if (character === learner)
      problems.push({
        at,
        message: `"${card.character}" is the learner (role employee), whose card is brief.employee; name a character the learner talks to (${others})`,
      });
    else if (seen.has(card.character))
      problems.push({
        at,
        message: `"${card.character}" already has a card; merge the two cards or name another character`,
      });
    seen.add(card.character);
  });
  return problems;
}
