/**
 * A soft tone synthesised in the browser (nothing is downloaded): higher when breathing in, lower
 * when breathing out, in between for a hold. The audio context starts on the learner's click.
 */
const PITCH = { inhale: 528, hold: 440, exhale: 396 } as const;
let context: AudioContext | undefined;

export function prepareChime(): void {
  context ??= new AudioContext();
  void context.resume();
}

export function chime(kind: keyof typeof PITCH): void {
  if (!context) return;
  const now = context.currentTime;
  const tone = new OscillatorNode(context, { type: 'sine', frequency: PITCH[kind] });
  const volume = new GainNode(context, { gain: 0 });
  volume.gain.linearRampToValueAtTime(0.12, now + 0.05);
  volume.gain.exponentialRampToValueAtTime(0.001, now + 0.6);
  tone.connect(volume).connect(context.destination);
  tone.start(now);
  tone.stop(now + 0.65);
}
