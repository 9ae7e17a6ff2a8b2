/**
 * Which saved progress a launch resumes: the newest readable copy of the LMS's and the device's.
 * A copy the codec cannot read is never overwritten unseen: it is kept on the device under a
 * rescue key, and the caller tells the learner which copy they continue from.
 */
import { readLocal, readRaw, writeRaw } from './local-copy.ts';
import { type CodecIndex, type Graphs, type ModuleProgress, readProgress } from './state-codec.ts';

export type LaunchStory =
  | 'fresh'
  | 'lms'
  | 'device' // device copy newer than the LMS's (never confirmed)
  | 'device-lms-unreadable'
  | 'lms-device-unreadable'
  | 'none-readable';

export interface LaunchChoice {
  progress: ModuleProgress;
  story: LaunchStory;
}

export const rescueKey = (key: string) => `${key}:unreadable`;

function rescue(key: string, from: 'lms' | 'device', text: string) {
  writeRaw(rescueKey(key), JSON.stringify({ from, text, at: Date.now() }));
}

export function chooseProgress(
  lmsText: string,
  key: string,
  standalone: boolean,
  index: CodecIndex,
  graphs: Graphs,
): LaunchChoice {
  const fromLms = readProgress(lmsText, index, graphs);
  const local = readLocal(key);
  const rawLocal = readRaw(key);
  const fromDevice = local
    ? readProgress(local.suspendData, index, graphs)
    : rawLocal
      ? ({ kind: 'unreadable' } as const)
      : null;
  if (fromLms.kind === 'unreadable') rescue(key, 'lms', lmsText);
  if (fromDevice?.kind === 'unreadable') rescue(key, 'device', local?.suspendData ?? rawLocal!);
  const deviceOk = fromDevice?.kind === 'read' ? fromDevice.progress : null;
  if (fromLms.kind === 'unreadable')
    return deviceOk
      ? { progress: deviceOk, story: 'device-lms-unreadable' }
      : { progress: fromLms.progress, story: 'none-readable' };
  if (fromDevice?.kind === 'unreadable')
    return fromLms.kind === 'read'
      ? { progress: fromLms.progress, story: 'lms-device-unreadable' }
      : { progress: fromLms.progress, story: 'none-readable' };
  // The device copy wins only when the LMS never confirmed it (or there is no LMS at all).
  if (deviceOk && (standalone || !local!.synced) && deviceOk.revision > fromLms.progress.revision)
    return { progress: deviceOk, story: standalone ? 'lms' : 'device' };
  return { progress: fromLms.progress, story: fromLms.kind === 'read' ? 'lms' : 'fresh' };
}
