/** Interface strings per language. Add a language by copying the `en` block. */
export const ui = {
  en: {
    skip: 'Skip to the module',
    minutes: 'min',
    objectives: 'In this module you will learn to',
    progress: 'Progress',
    sectionOf: 'Section {n} of {total}',
    continue: 'Continue',
    resumeBanner: 'Welcome back. You are where you left off.',
    startOver: 'Start the module again',
    complete: 'You have completed this module.',
    print: 'Print or save this card',
    questionOf: 'Question {n} of {total}',
    checkAnswer: 'Check my answer',
    correct: 'Right.',
    notQuite: 'Not quite.',
    retake: 'Try the questions again',
    score: 'Your score: {score}%. You need {mastery}% to pass.',
    reflectionPrivate: 'Stays on this device unless you download it.',
    reflectionSent: 'Saved on this device and shared with your learning platform.',
    download: 'Download my notes',
    delete: 'Delete my notes',
    saved: 'Saved',
    standalone: 'No learning platform was found, so your progress is saved in this browser only.',
    lmsFailed: 'Your learning platform is not answering right now. Keep going: your progress is kept on this device and will be sent when it answers again.',
    lmsBack: 'Your learning platform is answering again; your progress has been sent.',
    openTwice: 'This module is also open in another window. To keep your progress in one place, continue in just one of them.',
    restoredLocal: 'We restored progress saved on this device that had not reached your learning platform.',
  },
} as const;

export type Lang = keyof typeof ui;
export type UiKey = keyof (typeof ui)['en'];

export function t(lang: string, key: UiKey, values: Record<string, string | number> = {}): string {
  const table = (ui as Record<string, Record<UiKey, string>>)[lang] ?? ui.en;
  return table[key].replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}
