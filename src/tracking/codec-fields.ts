/**
 * What every version of the saved state reads alike (state-codec.ts, codec-v1.ts): the keys of
 * ids, and the revision (r), section (s) and answer (q) fields. Role-plays (p) are each version's
 * own, read by the `plays` callback. A field that is not one of these makes the text unreadable.
 */
import { KEY_LENGTH, shortKey } from './short-key.ts';
import { type CodecIndex, emptyProgress, type ModuleProgress } from './state-model.ts';

export const lookup = (ids: readonly string[]) => new Map(ids.map((id) => [shortKey(id), id]));

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

/**
 * Reads the fields after the version into a new progress; null when one is corrupt or unknown,
 * or when `plays` (given the "p" field's body) returns false.
 */
export function readFields(
  fields: readonly string[],
  index: CodecIndex,
  options: { skipEmpty: boolean },
  plays: (body: string, progress: ModuleProgress) => boolean,
): ModuleProgress | null {
  const progress = emptyProgress();
  for (const field of fields) {
    const [tag, body] = [field[0], field.slice(1)];
    if (tag === 'r') progress.revision = parseInt(body, 36) || 0;
    else if (tag === 's') progress.section = lookup(index.sections).get(body) ?? null;
    else if (tag === 'q') {
      const answers = decodeAnswers(body, index);
      if (!answers) return null;
      progress.answers = answers;
    } else if (tag === 'p') {
      if (!plays(body, progress)) return null;
    } else if (!(options.skipEmpty && field === '')) return null;
  }
  return progress;
}
