/**
 * Meters of a role-play: a native <meter> (its value read by screen readers) with a reading in
 * words beside it. Built once per play-through and then only updated, so a step costs the same at
 * step 1 and at step 1,000.
 */
import { t } from '../i18n/page.ts';
import type { PlayState } from '../roleplay/engine.ts';
import type { Meter, Scenario } from '../schemas/scenario.ts';
import { el } from './el.ts';

type Zone = 'good' | 'mid' | 'bad';

/** Which third of its range a value is in, seen from the side that is good for this meter. */
export function meterZone(m: Meter, value: number): Zone {
  const share = m.max === m.min ? 0 : (value - m.min) / (m.max - m.min);
  const goodness = m.good === 'low' ? 1 - share : share;
  return goodness >= 2 / 3 ? 'good' : goodness >= 1 / 3 ? 'mid' : 'bad';
}

/** Low / medium / high in words, whatever side is good. */
function level(m: Meter, value: number): string {
  const share = m.max === m.min ? 0 : (value - m.min) / (m.max - m.min);
  return t(share < 1 / 3 ? 'levelLow' : share < 2 / 3 ? 'levelMedium' : 'levelHigh');
}

export function meterGauges(scenario: Scenario, state: PlayState): HTMLElement[] {
  return scenario.meters.map((m) => {
    const id = `meter-${scenario.id}-${m.id}`;
    const meter = el('meter', {
      id,
      min: m.min,
      max: m.max,
      low: m.min + (m.max - m.min) / 3,
      high: m.min + (2 * (m.max - m.min)) / 3,
      optimum: m.good === 'low' ? m.min : m.max,
      className: `gauge good-${m.good}`,
    });
    const box = el(
      'div',
      { className: 'rp-meter' },
      el(
        'label',
        { htmlFor: id },
        m.label,
        el(
          'span',
          { className: 'visually-hidden' },
          ` (${t(m.good === 'low' ? 'meterLowerBetter' : 'meterHigherBetter')})`,
        ),
      ),
      el('span', { className: 'meter-value' }),
      meter,
    );
    box.dataset.meter = m.id;
    updateGauge(box, m, state.meters[m.id]);
    return box;
  });
}

function updateGauge(box: HTMLElement, m: Meter, value: number) {
  const meter = box.querySelector('meter')!;
  if (meter.value === value && box.dataset.zone) return;
  meter.value = value;
  meter.textContent = t('valueOf', { value, max: m.max });
  box.dataset.zone = meterZone(m, value);
  box.querySelector('.meter-value')!.textContent = t('meterReading', {
    level: level(m, value),
    value,
    max: m.max,
  });
}

/** Brings gauges built by meterGauges up to date in place. */
export function updateGauges(root: ParentNode, scenario: Scenario, state: PlayState) {
  for (const m of scenario.meters) {
    const box = root.querySelector<HTMLElement>(`[data-meter="${m.id}"]`);
    if (box) updateGauge(box, m, state.meters[m.id]);
  }
}

export const describeState = (scenario: Scenario, state: PlayState) =>
  scenario.meters
    .map((m) =>
      t('meterState', {
        label: m.label,
        level: level(m, state.meters[m.id]),
        value: state.meters[m.id],
        max: m.max,
      }),
    )
    .join('. ');
