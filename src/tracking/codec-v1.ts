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
import { KEY_LENGTH, shortKey } from './short-key.ts';
import { type CodecIndex, emptyProgress, type ModuleProgress } from './state-model.ts';

const KEY = /^[0-9a-z]{4}$/;
export const lookup = (ids: readonly string[]) => new Map(ids.map((id) => [shortKey(id), id]));

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

/** Question/option pairs of the "q" field, shared by v1 and v2. */
export function decodeAnswers(body: string, index: CodecIndex): Record<string, string> | null {
  if (body.length % (KEY_LENGTH * 2) !== 0) return null;
  const questions = lookup(Object.keys(index.questions));
  const answers: Record<string, string> = {};
  for (let i = 0; i < body.length; i += KEY_LENGTH * 2) {
    const question = questions.get(body.slice(i, i + KEY_LENGTH));
    const option = question && lookup(index.questions[question]).get(body.slice(i + 4, i + 8));
    if (question && option) answers[question] = option;
  }
  return answers;
}

export function decodeV1(fields: string[], index: CodecIndex): ModuleProgress | null {
  const progress = emptyProgress();
  const scenarios = lookup(Object.keys(index.scenarios));
  for (const field of fields) {
    const [tag, body] = [field[0], field.slice(1)];
    if (tag === 'r') progress.revision = parseInt(body, 36) || 0;
    else if (tag === 's') progress.section = lookup(index.sections).get(body) ?? null;
    else if (tag === 'q') {
      const answers = decodeAnswers(body, index);
      if (!answers) return null;
      progress.answers = answers;
    } else if (tag === 'p') {
      for (const play of body.split(',').filter(Boolean)) {
        const finished = play[KEY_LENGTH] === '*';
        const keys = splitKeys(play.slice(KEY_LENGTH + (finished ? 1 : 0)));
        if (play.length < KEY_LENGTH || !keys) return null;
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
    } else if (field !== '') return null;
  }
  return progress;
}
