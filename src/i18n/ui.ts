/**
 * Interface strings per language, looked up by `t(lang, key)` at build time. Add a language by
 * copying fr.ts and the fr/ folder (one file a feature) and adding it to `ui` below: the types
 * make a missing or extra key an error. `{name}` is a value filled in at run time; keep every
 * placeholder of `en` in the translation.
 * Browser code never imports this file: it gets the `BROWSER_KEYS` strings of its page from
 * ./page.ts, so the JavaScript does not grow with each language.
 */

import { en, type Table, type UiKey } from './en.ts';
import { fill } from './fill.ts';
import { fr } from './fr.ts';

export type { UiKey } from './en.ts';

export const ui = { en, fr } as const satisfies Record<string, Table>;

export type Lang = keyof typeof ui;

const table = (lang: string): Table => (ui as Record<string, Table>)[lang] ?? ui.en;

export function t(lang: string, key: UiKey, values: Record<string, string | number> = {}): string {
  return fill(table(lang)[key], values, lang);
}

/**
 * The keys that custom elements look up in the browser (src/i18n/page.ts); each page carries these.
 */
export const BROWSER_KEYS = [
  'sectionOf',
  'resumeBanner',
  'standalone',
  'lmsFailed',
  'lmsUnreachable',
  'lmsBack',
  'openTwice',
  'restoredLocal',
  'lmsUnreadable',
  'readOnlyTwice',
  'unreadableFromDevice',
  'unreadableFromLms',
  'unreadableNone',
  'storageBlockedLms',
  'storageBlockedAlone',
  'downloadProgress',
  'notesNotSaved',
  'progressFile',
  'progressSections',
  'progressAnswers',
  'progressRolePlays',
  'progressCode',
  'exitingToLms',
  'passNextLaunch',
  'languageNotOffered',
  'lrsBlocked',
  'lrsInsecure',
  'correct',
  'notQuite',
  'score',
  'saved',
  'noNotes',
  'answersDeleted',
  'continue',
  'rolePrompt',
  'innerVoice',
  'narration',
  'youSaid',
  'ratingStrong',
  'ratingAcceptable',
  'ratingWeak',
  'meterLowerBetter',
  'meterHigherBetter',
  'meterReading',
  'meterState',
  'valueOf',
  'outcomeResolved',
  'outcomePartlyResolved',
  'outcomeEscalated',
  'outcomeEndedSafely',
  'endingHeading',
  'yourPath',
  'bestPathFound',
  'strongerPath',
  'pointsCaption',
  'debrief',
  'lessonToKeep',
  'tryAgain',
  'levelLow',
  'levelMedium',
  'levelHigh',
  'cast',
  'keyHint',
  'feedbackFold',
  'strongerHere',
  'pathHint',
  'sectionsMenu',
  'sectionDone',
  'sectionCurrent',
  'sectionToCome',
  'completionTitle',
  'passedTitle',
  'resultNotYet',
  'resultScore',
  'resultEarlier',
  'resultCompetencies',
  'resultCompetency',
  'nextModule',
  'nextModuleLink',
  'returnToLms',
  'reviewSections',
  'confirmStartOverTitle',
  'confirmStartOverText',
  'confirmStartOver',
  'keepProgress',
  'answerRight',
  'answerWrong',
  'rightAnswerIs',
  'checkPassed',
  'checkNotYet',
  'scriptEmpty',
  'levelAnswered',
  'levelBreaks',
  'whereToStart',
  'answerAll',
  'averageOf',
  'weekOf',
  'signsWeeks',
  'signsHistory',
  'signHeader',
  'weeksHeader',
  'signsNone',
  'start',
  'pause',
  'resume',
  'inhale',
  'hold',
  'exhale',
  'breathingPaused',
  'breathingReady',
  'breathingDone',
  'breathingStopped',
  'breathingLeft',
] as const satisfies readonly UiKey[];
export type BrowserKey = (typeof BROWSER_KEYS)[number];

/**
 * Strings only a practice tool reads: a module page without that tool leaves them out (zip budget).
 */
const TOOL_BROWSER_KEYS: Record<string, readonly BrowserKey[]> = {
  boundary_builder: ['scriptEmpty'],
  levels_explorer: ['levelAnswered', 'levelBreaks'],
  self_assessment: ['whereToStart', 'answerAll', 'averageOf'],
  signs_tracker: ['weekOf', 'signsWeeks', 'signsHistory', 'signHeader', 'weeksHeader', 'signsNone'],
  breathing_pacer: [
    ...['start', 'pause', 'resume', 'inhale', 'hold', 'exhale', 'breathingPaused'],
    ...['breathingReady', 'breathingDone', 'breathingStopped', 'breathingLeft'],
  ] as BrowserKey[],
};

/** The browser keys of a module page whose practice tools are of these types. */
export function moduleBrowserKeys(toolTypes: readonly string[]): BrowserKey[] {
  const unused = new Set(
    Object.entries(TOOL_BROWSER_KEYS)
      .filter(([type]) => !toolTypes.includes(type))
      .flatMap(([, keys]) => keys),
  );
  const used = new Set(toolTypes.flatMap((type) => TOOL_BROWSER_KEYS[type] ?? []));
  return BROWSER_KEYS.filter((key) => used.has(key) || !unused.has(key));
}

/**
 * The keys the projector (src/facilitator/projector-element.ts) looks up; only its page carries
 * them.
 */
export const KIT_BROWSER_KEYS = [
  'kitPressContinue',
  'kitPressPick',
  'kitPressReveal',
  'kitPressGoOn',
  'kitVotesFor',
  'kitVotesShort',
  'kitRoomsChoice',
  'kitGroupPath',
  'kitVotes',
  'kitLesson',
  'kitRoomQuestions',
  'kitPressExplore',
] as const satisfies readonly UiKey[];
export type KitBrowserKey = (typeof KIT_BROWSER_KEYS)[number];

/**
 * The browser strings of one language (by default `BROWSER_KEYS`), placeholders left in, for the
 * page to carry as JSON.
 */
export const browserStrings = <K extends UiKey = BrowserKey>(
  lang: string,
  keys: readonly K[] = BROWSER_KEYS as readonly UiKey[] as readonly K[],
): Record<K, string> =>
  Object.fromEntries(keys.map((key) => [key, table(lang)[key]])) as Record<K, string>;
