/**
 * What a SCORM launch reads from the LMS, the same for both editions: the element names differ
 * (SCORM 1.2 RTE 3.4, 2004 RTE 4.2), the rules do not.
 */
import { priorFrom } from '../keep-best.ts';
import type { LaunchData } from '../types.ts';
import { normalStatus, type Read } from './session.ts';

/** The data-model elements of one edition; 1.2 keeps completion and success in one element. */
export interface LaunchElements {
  entry: string;
  completion: string;
  success: string;
  score: string;
  suspendData: string;
  location: string;
  learnerId: string;
  learnerName: string;
}

/**
 * Reads the launch, each element once, in the order the elements are listed. Null when the LMS
 * would not say who the learner is, what they had done or their saved state: then any write could
 * overwrite a real learner's record, so the caller closes the session untouched.
 * `completion` is the LMS's status in lower case, for the caller's "fresh attempt" rule.
 */
export function readLaunch(
  read: (element: string) => Read,
  elements: LaunchElements,
): { launch: LaunchData; completion: string } | null {
  const entry = read(elements.entry);
  const completion = read(elements.completion);
  const success = elements.success === elements.completion ? completion : read(elements.success);
  const score = read(elements.score);
  const suspendData = read(elements.suspendData);
  const location = read(elements.location);
  const learnerId = read(elements.learnerId);
  const learnerName = read(elements.learnerName);
  if (![completion, success, suspendData, learnerId].every((r) => r.ok)) return null;
  const entryValue = normalStatus(entry.value);
  return {
    completion: normalStatus(completion.value),
    launch: {
      entry: entryValue === 'resume' || entryValue === 'ab-initio' ? entryValue : '',
      suspendData: suspendData.value,
      location: location.value,
      learnerId: learnerId.value,
      learnerName: learnerName.value,
      prior: priorFrom(completion.value, success.value, score.value),
    },
  };
}
