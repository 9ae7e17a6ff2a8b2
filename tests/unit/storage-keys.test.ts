/**
 * Keys in the browser's storage derive from the course id, not from a prefix naming this course,
 * and copies saved under the old `rb:` / `rb-notes:` keys are still read (and deleted with the
 * rest).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteNotes, readNotes, setNotesOwner, writeNote } from '#src/elements/private-notes.ts';
import {
  lastLearner,
  localKey,
  readLocal,
  rememberLearner,
  writeLocal,
} from '#src/tracking/local-copy.ts';
import { fakeBrowser } from './fake-browser.ts';

let browser: ReturnType<typeof fakeBrowser>;
beforeEach(() => {
  browser = fakeBrowser();
});

const copy = { suspendData: 'x', revision: 3, synced: false, savedAt: 1 };

describe('storage keys', () => {
  it('start with the course id and name no other course', () => {
    writeLocal(localKey('kitchen_safety', 'knives', 'l1'), copy);
    rememberLearner('kitchen_safety', 'l1');
    setNotesOwner('kitchen_safety', 'l1');
    writeNote('knives', 'why', 'a note');
    const keys = [...browser.store.keys()];
    expect(keys.sort()).toEqual([
      'kitchen_safety-notes:knives:l1',
      'kitchen_safety:knives:l1',
      'kitchen_safety:last-learner',
    ]);
  });

  it('still read progress, the last learner and notes saved under the old rb: keys', () => {
    browser.store.set('rb:old_course:mod:l2', JSON.stringify(copy));
    browser.store.set('rb:old_course:last-learner', 'l2');
    browser.store.set('rb-notes:old_course:mod:l2', JSON.stringify({ why: 'kept' }));
    expect(readLocal(localKey('old_course', 'mod', 'l2'))).toEqual(copy);
    expect(lastLearner('old_course')).toBe('l2');
    setNotesOwner('old_course', 'l2');
    expect(readNotes('mod')).toEqual({ why: 'kept' });
    writeNote('mod', 'how', 'new');
    expect(JSON.parse(browser.store.get('old_course-notes:mod:l2') ?? '{}')).toEqual({
      why: 'kept',
      how: 'new',
    });
  });

  it('delete notes under the old key too, so deleted notes never come back', () => {
    browser.store.set('rb-notes:gone_course:mod:l3', JSON.stringify({ why: 'private' }));
    setNotesOwner('gone_course', 'l3');
    deleteNotes('mod');
    expect(readNotes('mod')).toEqual({});
    expect([...browser.store.keys()].filter((k) => k.includes('gone_course'))).toEqual([]);
  });
});
