import { atom } from 'nanostores';

/**
 * What the LMS said about this module at launch, before this session changed anything: the
 * tracker sets it, the module page shows a "you completed this module" summary from it, and no
 * write may report less than it (never downgrade a learner's result).
 */
export interface PriorResult {
  completion: 'completed' | 'incomplete' | 'unknown';
  success: 'passed' | 'failed' | 'unknown';
  /** 0–100, when the LMS holds a score. */
  scoreRaw?: number;
}

export const $priorResult = atom<PriorResult | null>(null);
