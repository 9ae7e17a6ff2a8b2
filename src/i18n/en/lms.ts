/**
 * English interface strings of talking to the LMS: standalone mode, faults, saved progress, cmi5
 * launch.
 */
export const enLms = {
  standalone: 'No learning platform was found, so your progress is saved in this browser only.',
  lmsFailed:
    'Your learning platform is not answering right now. Keep going: your progress is kept on ' +
    'this device and will be sent when it answers again.',
  lmsUnreachable:
    'Your learning platform could not be reached when this module opened. Keep going: your ' +
    'progress is kept on this device and will be sent the next time you open the module from ' +
    'your learning platform.',
  lmsBack: 'Your learning platform is answering again; your progress has been sent.',
  openTwice:
    'This module is also open in another window. To keep your progress in one place, continue in ' +
    'just one of them.',
  lmsUnreadable:
    'Your learning platform did not say who you are or what you had done, so nothing is sent to ' +
    'it this time. Keep going: your work is kept in this browser and sent the next time you open ' +
    'the module.',
  readOnlyTwice:
    'This module is already open in another window. This window is read-only so that nothing you ' +
    'do is lost: continue in the other window, or close it and reload this one.',
  unreadableFromDevice:
    'The progress your learning platform saved could not be read, so you continue from the copy ' +
    'in this browser. The unreadable copy is kept.',
  unreadableFromLms:
    'The progress saved in this browser could not be read, so you continue from the copy your ' +
    'learning platform holds. The unreadable copy is kept.',
  unreadableNone:
    'Your saved progress could not be read, so this module starts from the beginning. The ' +
    'unreadable copy is kept in this browser, so it is not lost.',
  storageBlockedLms:
    'This browser cannot keep a copy of your progress (its storage is full or blocked). Your ' +
    'learning platform still receives it.',
  storageBlockedAlone:
    'No learning platform was found and this browser cannot keep your progress (its storage is ' +
    'full or blocked): it will be lost when you close this page. Download your progress and ' +
    'notes to keep them.',
  downloadProgress: 'Download my progress and notes',
  notesNotSaved: 'Not saved: this browser cannot keep notes. Download them to keep them.',
  progressFile: 'My progress',
  progressSections: 'Sections reached: {n} of {total}',
  progressAnswers: 'Questions answered: {n} of {total}',
  progressRolePlays: 'Role-plays finished: {n} of {total}',
  progressCode: 'Saved-state code (for your trainer):',
  exitToLms: 'Exit and return to my learning platform',
  exitingToLms: 'Saving and returning to your learning platform…',
  passNextLaunch:
    'Well done, you reached the pass mark. Your learning platform already has this session’s ' +
    'first result, so the pass will reach it the next time you open this module from it.',
  languageNotOffered:
    'Your learning platform says you prefer another language. This module is in English only; ' +
    'ask your platform whether it offers the module in your language.',
  lrsBlocked:
    'This module is not allowed to connect to your learning platform’s record store, so what you ' +
    'do here will not reach your learning platform. Keep going: your progress is kept on this ' +
    'device. Please tell your learning platform’s administrator.',
  lrsInsecure:
    'This module opened over a secure connection, but your learning platform’s record store has ' +
    'an insecure (http:) address, which the browser blocks. What you do here will not reach your ' +
    'learning platform; your progress is kept on this device. Please tell your learning ' +
    'platform’s administrator.',
  restoredLocal:
    'We restored progress saved on this device that had not reached your learning platform.',
} as const;
