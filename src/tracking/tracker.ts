/**
 * Connects the progress stores to an LMS adapter: restores the newest saved state at launch,
 * then listens to the stores and writes, commits and reports. Exactly one initialize and one
 * terminate (on pagehide); a failing LMS only ever costs a calm notice, never progress.
 */
import type { ModuleConfig } from '../course/module-config.ts';
import { t } from '../i18n/page.ts';
import { pickAdapter } from './adapters/pick.ts';
import { StandaloneAdapter } from './adapters/standalone.ts';
import { lastLearner, localKey, readLocal, rememberLearner, writeLocal } from './local-copy.ts';
import { moduleStatus } from './module-status.ts';
import { decodeProgress, encodeProgress, type ModuleProgress } from './state-codec.ts';
import { $interaction, $notice, $objectives, $progress, restore } from './stores.ts';
import type { LmsAdapter } from './types.ts';

export interface TrackingSession {
  adapter: LmsAdapter;
  /** True when the learner comes back to saved progress. */
  resumed: boolean;
  finish(): void;
}

function chooseProgress(
  config: ModuleConfig,
  adapter: LmsAdapter,
  suspendData: string,
  key: string,
) {
  const fromLms = decodeProgress(suspendData, config.codec);
  const local = readLocal(key);
  const fromDevice = local ? decodeProgress(local.suspendData, config.codec) : null;
  // The device copy wins only when the LMS never confirmed it (or there is no LMS at all).
  const useDevice =
    fromDevice &&
    (adapter.kind === 'standalone' || !local!.synced) &&
    fromDevice.revision > fromLms.revision;
  return {
    progress: useDevice ? fromDevice : fromLms,
    restoredLocal: Boolean(useDevice && adapter.kind !== 'standalone'),
  };
}

export async function startTracking(
  config: ModuleConfig,
  chosen?: LmsAdapter,
): Promise<TrackingSession> {
  const preferred = chosen ?? (await pickAdapter());
  let adapter = preferred;
  let launch = await adapter.initialize();
  const say = (kind: 'info' | 'warning', key: Parameters<typeof t>[0]) =>
    $notice.set({ kind, text: t(key) });
  let learnerId = launch?.learnerId ?? '';
  if (!launch) {
    const fallback = new StandaloneAdapter();
    adapter = fallback;
    launch = fallback.initialize();
    learnerId = preferred.learnerHint || lastLearner(config.courseId) || launch.learnerId;
    say('warning', preferred.failure ?? 'lmsUnreachable');
  } else if (adapter.kind === 'standalone') say('info', 'standalone');
  else rememberLearner(config.courseId, learnerId);

  const key = localKey(config.courseId, config.moduleId, learnerId);
  const { progress, restoredLocal } = chooseProgress(config, adapter, launch!.suspendData, key);
  if (restoredLocal) say('info', 'restoredLocal');
  restore(progress);
  let failing = !preferred || adapter !== preferred;

  const save = (p: ModuleProgress) => {
    const suspendData = encodeProgress(p);
    writeLocal(key, { suspendData, revision: p.revision, synced: false, savedAt: Date.now() });
    const status = moduleStatus(config, p);
    const settle = (ok: boolean) => {
      // Only a real LMS can confirm a copy (a fallback session's work must reach it next launch),
      // and an older commit answering late must not mark a newer local copy as synced.
      if (ok && adapter.kind !== 'standalone' && readLocal(key)?.revision === p.revision)
        writeLocal(key, { suspendData, revision: p.revision, synced: true, savedAt: Date.now() });
      if (!ok && !failing) say('warning', 'lmsFailed');
      if (ok && failing && adapter === preferred) say('info', 'lmsBack');
      failing = !ok;
    };
    if (!adapter.write({ ...status, location: p.section ?? '', suspendData })) return settle(false);
    const committed = adapter.commit();
    if (typeof committed === 'boolean') settle(committed);
    else void committed.then(settle, () => settle(false));
  };

  const unsubscribe = [
    $progress.listen(save),
    $interaction.listen((record) => {
      if (record) adapter.recordInteraction(record);
    }),
    $objectives.listen((records) => {
      for (const r of records) adapter.recordObjective(r);
    }),
  ];
  if (progress.revision > 0) save(progress); // hand a device-restored copy back to the LMS

  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    unsubscribe.forEach((stop) => stop());
    const done = moduleStatus(config, $progress.get()).completion === 'completed';
    adapter.terminate(done ? 'normal' : 'suspend');
  };
  addEventListener('pagehide', finish);
  // The same module launched twice (two tabs): both write the device copy; say so once, calmly.
  addEventListener('storage', (event) => {
    if (event.key === key && event.newValue && !finished) say('warning', 'openTwice');
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && !finished) adapter.commit();
  });
  return { adapter, resumed: progress.revision > 0, finish };
}
