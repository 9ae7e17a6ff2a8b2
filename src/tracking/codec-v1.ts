/**
 * Reader of the first saved-state format, kept so progress saved before v2 still resumes:
 *
 *   v1~r<revision>~s<section key>~q<question key><option key>…~p<scenario key>[*]<steps>,…
 *
 * A step is the 4-character key of the choice id over its scenario, or "_". Keys unknown to the
 * current content are dropped (content edited); a structure that cannot be v1 (cut in the middle
 * of a key, unknown field) makes the whole text unreadable (null), so the caller can keep it.
 */
import { CONTINUE } from '../roleplay/engine.ts';
import { lookup, readFields } from './codec-fields.ts';
import { KEY_LENGTH } from './short-key.ts';
import type { CodecIndex, ModuleProgress } from './state-model.ts';

const KEY = /^[0-9a-z]{4}$/;
/** Splits steps into keys and "_"; null when the text is not a whole number of keys. */
export function splitKeys(text: string): string[] | null {
  const keys: string[] = [];
  for (let i = 0; i < text.length; ) {
    if (text[i] === '_') {
      keys.push(CONTINUE);
      i += 1;
      continue;
    }
    const key = text.slice(i, i + KEY_LENGTH);
    if (!KEY.test(key)) return null;
    keys.push(key);
    i += KEY_LENGTH;
  }
  return keys;
}

export function decodeV1(fields: string[], index: CodecIndex): ModuleProgress | null {
  const scenarios = lookup(Object.keys(index.scenarios));
  // v1 wrote empty fields (e.g. "~~") and empty plays; they are skipped.
  return readFields(fields, index, { skipEmpty: true }, (body, progress) => {
    for (const play of body.split(',').filter(Boolean)) {
      const finished = play[KEY_LENGTH] === '*';
      const keys = splitKeys(play.slice(KEY_LENGTH + (finished ? 1 : 0)));
      if (play.length < KEY_LENGTH || !keys) return false;
      const id = scenarios.get(play.slice(0, KEY_LENGTH));
      if (!id) continue;
      const choices = lookup(index.scenarios[id]);
      const steps: string[] = [];
      for (const key of keys) {
        const step = key === CONTINUE ? CONTINUE : choices.get(key);
        if (!step) break; // content changed: keep the steps that still make sense
        steps.push(step);
      }
      progress.roleplays[id] = { steps, finished };
    }
    return true;
  });
}
