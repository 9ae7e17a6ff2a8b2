/** Just enough of a browser window for the tracker in Node: storage, events, a document. */
import type { LaunchData, LmsAdapter, TrackingSnapshot } from '#src/tracking/types.ts';

export function fakeBrowser() {
  const store = new Map<string, string>();
  const state = { failing: null as null | 'QuotaExceededError' | 'SecurityError' };
  const listeners = new Map<string, Array<(e: unknown) => void>>();
  const on = (type: string, fn: (e: unknown) => void) =>
    listeners.set(type, [...(listeners.get(type) ?? []), fn]);
  const g = globalThis as any;
  g.localStorage = {
    getItem: (k: string) => {
      if (state.failing === 'SecurityError') throw new DOMException('blocked', 'SecurityError');
      return store.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      if (state.failing) throw new DOMException('no room', state.failing);
      store.set(k, v);
    },
    removeItem: (k: string) => store.delete(k),
  };
  g.addEventListener = on;
  g.document = {
    visibilityState: 'visible',
    addEventListener: on,
    dispatchEvent: (e: { type: string }) => {
      for (const fn of listeners.get(e.type) ?? []) fn(e);
      return true;
    },
    querySelector: () => null,
    querySelectorAll: () => [],
  };
  const fire = (type: string) => {
    for (const fn of listeners.get(type) ?? []) fn({ type });
  };
  return { store, state, fire };
}

export const tick = () => new Promise((r) => setTimeout(r, 5));

/** An LMS adapter that records what the tracker sends. */
export function fakeAdapter(launch: Partial<LaunchData> | null) {
  const log = {
    writes: [] as TrackingSnapshot[],
    commits: 0,
    interactions: 0,
    objectives: 0,
    calls: [] as string[],
  };
  const adapter: LmsAdapter = {
    kind: 'scorm12',
    initialize: () =>
      launch && {
        entry: '',
        suspendData: '',
        location: '',
        learnerId: 'learner_1',
        learnerName: 'Test',
        ...launch,
      },
    write: (s) => {
      log.writes.push(s);
      log.calls.push('write');
      return true;
    },
    recordInteraction: () => {
      log.interactions++;
      return true;
    },
    recordObjective: () => {
      log.objectives++;
      return true;
    },
    commit: () => {
      log.commits++;
      log.calls.push('commit');
      return true;
    },
    terminate: (exit) => {
      log.calls.push(`terminate:${exit}`);
      return true;
    },
  };
  return { adapter, log };
}
