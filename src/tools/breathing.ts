/**
 * Breathing pacer timing, kept apart from the DOM so it can be tested: where a session is after
 * a given number of seconds. A session is a whole number of cycles close to the pattern's minutes.
 */
export interface Phase {
  kind: 'inhale' | 'hold' | 'exhale';
  seconds: number;
}
export interface Pattern {
  phases: Phase[];
  minutes: number;
}

export interface PacerPosition {
  done: boolean;
  /** 1-based cycle number. */
  cycle: number;
  cycles: number;
  phaseIndex: number;
  kind: Phase['kind'];
  /** Whole seconds left in this phase, counting down to 1. */
  secondsLeft: number;
  /** Whole seconds left in the session. */
  sessionLeft: number;
}

export const cycleSeconds = (pattern: Pattern) =>
  pattern.phases.reduce((sum, p) => sum + p.seconds, 0);

/** Whole cycles that fit the session length; at least one. */
export const cycleCount = (pattern: Pattern) =>
  Math.max(1, Math.round((pattern.minutes * 60) / cycleSeconds(pattern)));

export const sessionSeconds = (pattern: Pattern) => cycleCount(pattern) * cycleSeconds(pattern);

export const breathsPerMinute = (pattern: Pattern) => 60 / cycleSeconds(pattern);

export function positionAt(pattern: Pattern, elapsedSeconds: number): PacerPosition {
  const cycle = cycleSeconds(pattern);
  const cycles = cycleCount(pattern);
  const total = cycles * cycle;
  const last = pattern.phases.length - 1;
  if (elapsedSeconds >= total) {
    return {
      done: true,
      cycle: cycles,
      cycles,
      phaseIndex: last,
      kind: pattern.phases[last].kind,
      secondsLeft: 0,
      sessionLeft: 0,
    };
  }
  const t = Math.max(0, elapsedSeconds);
  const cycleIndex = Math.floor(t / cycle);
  let within = t - cycleIndex * cycle;
  let phaseIndex = 0;
  while (within >= pattern.phases[phaseIndex].seconds && phaseIndex < last) {
    within -= pattern.phases[phaseIndex].seconds;
    phaseIndex += 1;
  }
  const phase = pattern.phases[phaseIndex];
  return {
    done: false,
    cycle: cycleIndex + 1,
    cycles,
    phaseIndex,
    kind: phase.kind,
    secondsLeft: Math.ceil(phase.seconds - within),
    sessionLeft: Math.ceil(total - t),
  };
}
