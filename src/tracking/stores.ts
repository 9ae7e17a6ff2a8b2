/**
 * Learner progress as nanostores. Components call the actions; the tracker listens and talks to
 * the LMS (actions never call the LMS themselves).
 */
import { atom } from 'nanostores';
import { emptyProgress, type ModuleProgress } from './state-model.ts';
import type { InteractionRecord, ObjectiveRecord } from './types.ts';

export const $progress = atom<ModuleProgress>(emptyProgress());
/** The latest interaction to report; the tracker sends each one as it is set. */
export const $interaction = atom<InteractionRecord | null>(null);
export const $objectives = atom<ObjectiveRecord[]>([]);
/** What the learner should know about saving, said calmly in the status area. */
export const $notice = atom<{
  kind: 'info' | 'warning';
  text: string;
  /** Offer to download progress and notes (no LMS and no storage: nothing else keeps them). */
  download?: boolean;
} | null>(null);
/**
 * Counts meaningful moments (section revealed, check answered, role-play ended, objectives
 * reported): the tracker commits to the LMS at these, not on every change.
 */
export const $moment = atom(0);
/** True when this window must not save (the module is open in another window). */
export const $readOnly = atom(false);

const moment = () => $moment.set($moment.get() + 1);

function update(change: (p: ModuleProgress) => ModuleProgress) {
  const next = change($progress.get());
  $progress.set({ ...next, revision: $progress.get().revision + 1 });
}

export function revealSection(id: string) {
  update((p) => ({ ...p, section: id }));
  moment();
}

export function answerQuestion(
  questionId: string,
  optionId: string,
  interaction: InteractionRecord,
) {
  if ($progress.get().answers[questionId]) return;
  update((p) => ({ ...p, answers: { ...p.answers, [questionId]: optionId } }));
  $interaction.set(interaction);
  moment();
}

export function clearAnswers(questionIds: string[]) {
  update((p) => ({
    ...p,
    answers: Object.fromEntries(
      Object.entries(p.answers).filter(([q]) => !questionIds.includes(q)),
    ),
  }));
  moment();
}

export function rolePlayProgress(
  scenarioId: string,
  steps: string[],
  finishedNow: boolean,
  interaction?: InteractionRecord,
) {
  update((p) => {
    const finished = finishedNow || (p.roleplays[scenarioId]?.finished ?? false);
    return { ...p, roleplays: { ...p.roleplays, [scenarioId]: { steps, finished } } };
  });
  if (interaction) $interaction.set(interaction);
  if (finishedNow) moment();
}

export function reportObjectives(records: ObjectiveRecord[]) {
  $objectives.set(records);
  moment();
}

export function restore(progress: ModuleProgress) {
  $progress.set(progress);
}
