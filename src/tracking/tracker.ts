/**
 * Connects the progress stores to an LMS adapter: restores the newest readable saved state at
 * launch, keeps the device copy of every change (within LOCAL_WRITE_DELAY_MS), and writes and
 * commits to the LMS at meaningful
 * moments (commit-queue.ts). Exactly one initialize and one terminate (on pagehide). Never
 * downgrades what the LMS held (keep-best.ts); a failing LMS only ever costs a calm notice.
 */
import type { ModuleConfig } from '../course/module-config.ts';
import { setNotesOwner } from '../elements/private-notes.ts';
import { t } from '../i18n/page.ts';
import { pickAdapter } from './adapters/pick.ts';
import { StandaloneAdapter } from './adapters/standalone.ts';
import { CommitQueue } from './commit-queue.ts';
import { keepBest } from './keep-best.ts';
import { chooseProgress, type LaunchStory } from './launch-state.ts';
import {
  lastLearner,
  localKey,
  probeStorage,
  readLocal,
  rememberLearner,
  type StorageHealth,
  writeLocal,
} from './local-copy.ts';
import { moduleStatus } from './module-status.ts';
import { guardOneWindow } from './one-window.ts';
import { pageGraphs } from './page-graphs.ts';
import { $priorResult } from './prior-result.ts';
import { downloadProgress } from './rescue-download.ts';
import { encodeProgress, type Graphs } from './state-codec.ts';
import {
  $interaction,
  $moment,
  $notice,
  $objectives,
  $progress,
  $readOnly,
  restore,
} from './stores.ts';
import type { LmsAdapter } from './types.ts';

export interface TrackingSession {
  adapter: LmsAdapter;
  /** True when the learner comes back to saved progress. */
  resumed: boolean;
  /** Commits asked of the LMS so far. */
  readonly commits: number;
  finish(): void;
}

type Key = Parameters<typeof t>[0];
/** How long a burst of changes waits for its device copy: far less than a learner's next click. */
export const LOCAL_WRITE_DELAY_MS = 100;
const STORY: Partial<Record<LaunchStory, Key>> = {
  device: 'restoredLocal',
  'device-lms-unreadable': 'unreadableFromDevice',
  'lms-device-unreadable': 'unreadableFromLms',
  'none-readable': 'unreadableNone',
};

export async function startTracking(
  config: ModuleConfig,
  chosen?: LmsAdapter,
  graphs: Graphs = pageGraphs(),
): Promise<TrackingSession> {
  const preferred = chosen ?? (await pickAdapter());
  let adapter = preferred;
  let launch = await adapter.initialize();
  // Every notice of the session is said together, so a later one never hides an earlier one.
  const notices: Array<{ kind: 'info' | 'warning'; key: Key; download: boolean }> = [];
  const say = (kind: 'info' | 'warning', key: Key, download = false) => {
    if (key === 'lmsBack')
      notices.splice(0, notices.length, ...notices.filter((n) => n.key !== 'lmsFailed'));
    if (!notices.some((n) => n.key === key)) notices.push({ kind, key, download });
    $notice.set({
      kind: notices.some((n) => n.kind === 'warning') ? 'warning' : 'info',
      text: notices.map((n) => t(n.key)).join(' '),
      download: notices.some((n) => n.download),
    });
  };
  let learnerId = launch?.learnerId ?? '';
  const unreachable = !launch;
  if (!launch) {
    const fallback = new StandaloneAdapter();
    adapter = fallback;
    launch = fallback.initialize();
    learnerId = preferred.learnerHint || lastLearner(config.courseId) || launch.learnerId;
  } else if (adapter.kind !== 'standalone') rememberLearner(config.courseId, learnerId);
  setNotesOwner(config.courseId, learnerId);
  $priorResult.set(launch.prior ?? null);
  const prior = launch.prior ?? null;

  let storage: StorageHealth = probeStorage();
  const standalone = adapter.kind === 'standalone';
  const sayStorage = () =>
    standalone && !unreachable
      ? say('warning', 'storageBlockedAlone', true)
      : say('warning', 'storageBlockedLms');
  if (unreachable) say('warning', preferred.failure ?? 'lmsUnreachable');
  else if (standalone && storage === 'ok') say('info', 'standalone');
  if (storage !== 'ok') sayStorage();

  const key = localKey(config.courseId, config.moduleId, learnerId, launch.credit !== false);
  const { progress, story } = chooseProgress(
    launch.suspendData,
    key,
    standalone,
    config.codec,
    graphs,
  );
  if (STORY[story]) say(story === 'device' ? 'info' : 'warning', STORY[story]!);
  restore(progress);
  let failing = unreachable;
  let readOnly = false;

  const encode = () => encodeProgress($progress.get(), graphs);
  const keepLocal = () => {
    const p = $progress.get();
    const result = writeLocal(key, {
      suspendData: encode(),
      revision: p.revision,
      synced: false,
      savedAt: Date.now(),
    });
    if (result !== 'ok' && storage === 'ok') sayStorage();
    storage = result;
  };
  // A role-play step changes the progress on every click: the device copy (encode, JSON,
  // setItem) is written once per burst of changes, off the click, and at once at every moment,
  // before any LMS write, and when the page hides or closes, so no progress is ever left behind.
  let localTimer: ReturnType<typeof setTimeout> | undefined;
  const flushLocal = () => {
    if (localTimer === undefined) return;
    clearTimeout(localTimer);
    localTimer = undefined;
    keepLocal();
  };
  const keepLocalSoon = () => {
    localTimer ??= setTimeout(flushLocal, LOCAL_WRITE_DELAY_MS);
  };
  let sent = { revision: -1, suspendData: '' };
  const queue = new CommitQueue({
    write: () => {
      flushLocal();
      const p = $progress.get();
      const suspendData = encode();
      sent = { revision: p.revision, suspendData };
      const status = keepBest(prior, moduleStatus(config, p));
      return adapter.write({ ...status, location: p.section ?? '', suspendData });
    },
    commit: () => adapter.commit(),
    settle: (ok) => {
      // Only a real LMS can confirm a copy (a fallback session's work must reach it next launch),
      // and an older commit answering late must not mark a newer local copy as synced.
      if (ok && adapter.kind !== 'standalone' && readLocal(key)?.revision === sent.revision)
        writeLocal(key, { ...sent, synced: true, savedAt: Date.now() });
      if (!ok && !failing) say('warning', 'lmsFailed');
      if (ok && failing && adapter === preferred) say('info', 'lmsBack');
      failing = !ok;
    },
  });

  const unsubscribe = [
    $progress.listen(() => {
      if (readOnly) return;
      keepLocalSoon();
      queue.changed();
    }),
    $moment.listen(({ kind }) => {
      if (readOnly) return;
      flushLocal();
      // cmi5 commits over fetch and never blocks the page, so every moment reaches the LRS at once
      // (a check's result is judged when it is answered); a SCORM commit may block, so it waits.
      if (kind === 'section' || adapter.kind === 'cmi5') queue.moment();
      else queue.later();
    }),
    $interaction.listen((record) => {
      if (!record || readOnly) return;
      adapter.recordInteraction(record);
      if (record.type === 'fill-in') queue.later(); // a reflection sent to the LMS
    }),
    $objectives.listen((records) => {
      if (!readOnly) for (const r of records) adapter.recordObjective(r);
    }),
  ];
  // Hand a device-restored copy back to the LMS, and never leave a fresh launch unsaved.
  if (progress.revision > 0 || story !== 'fresh') {
    queue.changed();
    queue.moment();
  }
  const stopGuard = guardOneWindow(key, () => {
    readOnly = true;
    $readOnly.set(true);
    queue.close();
    say('warning', 'readOnlyTwice');
  });

  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    flushLocal();
    if (!readOnly) queue.flush(false);
    queue.close();
    for (const stop of unsubscribe) stop();
    stopGuard();
    const done = keepBest(prior, moduleStatus(config, $progress.get())).completion === 'completed';
    adapter.terminate(done && !readOnly ? 'normal' : 'suspend');
  };
  addEventListener('pagehide', finish);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'hidden' || finished || readOnly) return;
    flushLocal();
    queue.leave();
  });
  document.addEventListener('course:download-progress', () =>
    downloadProgress(config, $progress.get(), encode()),
  );
  return {
    adapter,
    resumed: progress.revision > 0,
    get commits() {
      return queue.commits;
    },
    finish,
  };
}
