import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkContent } from '#src/course/check-content.ts';
import { edgesOf } from '#src/roleplay/graph.ts';
import { layoutScenario, type MapBox } from '#src/roleplay/map-layout.ts';
import { firstWords, scenarioMap } from '#src/roleplay/scenario-map.ts';
import { scenarioSchema } from '#src/schemas/scenario.ts';
import { loadScenario, SAMPLE_SCENARIO } from './helpers.ts';

const scenario = loadScenario(SAMPLE_SCENARIO);
const withRouter = scenarioSchema.parse({
  ...scenario,
  routers: [
    { id: 'fork', routes: [{ when: 'tension >= 40', next: 'end_mid' }, { next: 'end_good' }] },
  ],
  nodes: scenario.nodes.map((n) =>
    n.id === 'second' ? { ...n, choices: n.choices!.map((c) => ({ ...c, next: 'fork' })) } : n,
  ),
});
const { modules } = checkContent(process.cwd());
const courseScenarios = modules.flatMap((m) => m.scenarios);

/** Does the segment a–b pass through the inside of box `r` (shrunk by 2 px for shared borders)? */
function crosses(a: { x: number; y: number }, b: { x: number; y: number }, r: MapBox) {
  const [x0, y0, x1, y1] = [r.x + 2, r.y + 2, r.x + r.width - 2, r.y + r.height - 2];
  for (let i = 0; i <= 20; i++) {
    const x = a.x + ((b.x - a.x) * i) / 20;
    const y = a.y + ((b.y - a.y) * i) / 20;
    if (x > x0 && x < x1 && y > y0 && y < y1) return true;
  }
  return false;
}

describe('scenario map', () => {
  const svg = scenarioMap({ ...scenario, title: 'Refund <at> "the" counter & co' }, 'en');

  it("is well-formed SVG with an accessible title that escapes the author's text", () => {
    // No system binary (xmllint may be missing): a parser that reports the first fault.
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(XMLValidator.validate(svg.replace('&amp;', '&'))).not.toBe(true); // the check can fail
    expect(svg).toContain(
      '<title id="map-counter-title">Map of the scenario &quot;Refund &lt;at&gt; ' +
        '&quot;the&quot; counter &amp; co&quot;: 3 moments, 3 endings',
    );
  });

  it(
    'labels moments with the speaker and the first words of the line, endings with their ' +
      'outcome',
    () => {
      expect(svg).toContain('>Mrs Lee</text>');
      expect(svg).toContain('>This kettle broke after a week!</text>');
      expect(svg).toContain('>inner voice</text>');
      expect(
        svg.match(/font-weight="bold">(Resolved|Partly resolved|Escalated|Ended safely)</g),
      ).toHaveLength(scenario.endings.length);
      expect(firstWords('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
    },
  );

  it('colours each arrow as its legend sample and its arrowhead, and dashes the weak ones', () => {
    for (const [kind, colour] of [
      ['strong', '#1e6b45'],
      ['acceptable', '#8a5a00'],
      ['weak', '#a3312a'],
    ]) {
      const arrows = [...svg.matchAll(new RegExp(`class="arrow-${kind}"[^>]*`, 'g'))].map(
        (m) => m[0],
      );
      expect(arrows.length).toBeGreaterThan(0);
      for (const a of arrows) {
        expect(a).toContain(`stroke="${colour}"`);
        expect(a).toContain(`marker-end="url(#arrow-${kind})"`);
        expect(a.includes('stroke-dasharray')).toBe(kind === 'weak');
      }
      expect(svg).toContain(`<marker id="arrow-${kind}"[^>]*`.replace('[^>]*', ''));
      expect(svg).toMatch(new RegExp(`stroke="${colour}" stroke-width="2" marker-end`));
    }
  });

  it(
    'one arrow per distinct choice rating between two moments, plus continues and tipping ' +
      'points',
    () => {
      const distinct = new Set<string>();
      for (const n of scenario.nodes) {
        if (n.next) distinct.add(`${n.id}>${n.next}`);
        for (const c of n.choices ?? []) distinct.add(`${n.id}>${c.next}>${c.rating}`);
      }
      const tipping = scenario.meters.reduce((n, m) => n + m.thresholds.length, 0);
      expect(svg.match(/<path class="arrow-/g)).toHaveLength(distinct.size + tipping);
      expect(svg).toContain('tipping point: tension &gt;= 90');
    },
  );

  it('draws a silent fork as a diamond with its conditions and its fallback on the arrows', () => {
    const map = scenarioMap(withRouter, 'en');
    expect(map).toMatch(/<title>fork<\/title><path d="M[^"]+Z"/);
    expect(map).toContain('>tension &gt;= 40</text>');
    expect(map).toContain('>otherwise</text>');
    expect(scenarioMap(withRouter, 'fr')).toContain('>sinon</text>');
  });

  it(
    'flows top to bottom, and on every course scenario no box overlaps another and no arrow ' +
      'runs under a box',
    () => {
      const layout = layoutScenario(scenario);
      const y = (id: string) => layout.boxes.find((b) => b.id === id)!.y;
      expect(y('open')).toBeLessThan(y('second'));
      expect(y('second')).toBeLessThan(y('end_good'));
      for (const s of [...courseScenarios, withRouter]) {
        const { boxes, arrows } = layoutScenario(s);
        for (const a of boxes)
          for (const b of boxes)
            if (a !== b)
              expect({
                s: s.id,
                a: a.id,
                b: b.id,
                overlap:
                  a.x < b.x + b.width &&
                  b.x < a.x + a.width &&
                  a.y < b.y + b.height &&
                  b.y < a.y + a.height,
              }).toMatchObject({ overlap: false });
        for (const arrow of arrows)
          for (const box of boxes.filter((b) => b.id !== arrow.from && b.id !== arrow.to))
            for (let i = 1; i < arrow.points.length; i++)
              expect({
                s: s.id,
                arrow: `${arrow.from}>${arrow.to}`,
                box: box.id,
                under: crosses(arrow.points[i - 1], arrow.points[i], box),
              }).toMatchObject({ under: false });
      }
    },
  );

  it("draws the engine's arrows (graph.ts), each tipping point once from its own box", () => {
    for (const s of [...courseScenarios, withRouter]) {
      const engine = new Set(
        [...edgesOf(s)].flatMap(([from, out]) =>
          out.filter((e) => !e.via).map((e) => `${from}>${e.to}`),
        ),
      );
      const drawn = layoutScenario(s).arrows.filter((a) => !a.from.startsWith('@'));
      expect(new Set(drawn.map((a) => `${a.from}>${a.to}`))).toEqual(engine);
    }
    const tipping = layoutScenario(scenario).arrows.filter((a) => a.from.startsWith('@'));
    expect(tipping.length).toBe(scenario.meters.flatMap((m) => m.thresholds).length);
  });
});
