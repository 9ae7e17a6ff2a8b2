/** English interface strings of the modules' figures: titles, text alternatives, labels. */
export const enFigures = {
  figFoundations: 'When what you give outweighs what comes back',
  figFoundationsAlt:
    'A see-saw tipped to the left. On the left, what you give: listening, patience, calm under ' +
    'pressure. On the right, lighter, what comes back: rest, recognition, support.',
  figFoundationsLabels:
    'What you give|Listening|Patience|Calm under pressure|What comes back|Rest|Recognition|Support',
  figDissatisfaction: 'Listening turns a complaint into a request',
  figDissatisfactionAlt:
    'A loop of three steps around the words "tension becomes a request": listen for the facts ' +
    'and the feeling, paraphrase them back, check you understood, and listen again.',
  figDissatisfactionLabels: 'Listen|Paraphrase|Check|Tension becomes a request',
  figIncivility: 'Step in before the exchange climbs',
  figIncivilityAlt:
    'A ladder of five rungs, from the bottom: frustration, raised voice, personal remarks, ' +
    'threats, danger. A line above personal remarks marks the boundary: address the behaviour ' +
    'there. At danger, end the exchange and get help.',
  figIncivilityLabels:
    'Frustration|Raised voice|Personal remarks|Threats|Danger: leave, get help|Your boundary: ' +
    'name the behaviour',
  figMeaning: 'The logical levels, from what surrounds you to why you work',
  figMeaningAlt:
    'A pyramid of six levels, from the base to the top: environment, behaviours, capabilities, ' +
    'values, identity, vision.',
  figMeaningLabels: 'Environment|Behaviours|Capabilities|Values|Identity|Vision',
  figStress: 'Recovery between exchanges keeps stress from piling up',
  figStressAlt:
    'A line chart of stress over a shift. Each hard exchange makes stress jump. Without recovery ' +
    'the line climbs step by step; with a short recovery after each exchange it comes back down ' +
    'to the baseline.',
  figStressLabels: 'Stress|Time in a shift|Hard exchange|Without recovery|With a short recovery',
  figEi: 'The four dimensions of emotional intelligence',
  figEiAlt:
    'A grid of four squares. Noticing yourself: self-awareness. Managing yourself: ' +
    'self-regulation. Noticing others: social awareness. Acting with others: relationship ' +
    'management.',
  figEiLabels:
    'Yourself|Others|Notice|Act|Self-awareness|Social awareness|Self-regulation|Relationship ' +
    'management',
  figManagers: 'Backing your team is a loop, not a one-off',
  figManagersAlt:
    'A loop of four steps: check in, listen, back them up, follow up, and check in again.',
  figManagersLabels: 'Check in|Listen|Back them up|Follow up|Your team',
} as const;
