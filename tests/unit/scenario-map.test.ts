import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { scenarioMap } from '../../src/roleplay/scenario-map.ts';
import { loadScenario, SAMPLE_SCENARIO } from './helpers.ts';

describe('scenario map', () => {
  const scenario = loadScenario(SAMPLE_SCENARIO);
  const svg = scenarioMap({ ...scenario, title: 'Refund <at> "the" counter & co' }, 'en');

  it("is well-formed SVG with an accessible title that escapes the author's text", () => {
    const lint = spawnSync('xmllint', ['--noout', '-'], { input: svg, encoding: 'utf8' });
    expect(lint.error?.message ?? lint.stderr).toBe('');
    expect(svg).toContain(
      '<title id="map-counter-title">Map of the scenario "Refund &lt;at&gt; &quot;the&quot; counter &amp; co"',
    );
  });

  it('draws every node and ending, one arrow per choice or continue, endings named in words', () => {
    for (const node of scenario.nodes) expect(svg).toContain(`>${node.id}</text>`);
    const arrows =
      scenario.nodes.reduce((n, node) => n + (node.choices?.length ?? 0) + (node.next ? 1 : 0), 0) +
      scenario.meters.reduce(
        (n, m) => n + m.thresholds.length * scenario.nodes.filter((x) => x.choices).length,
        0,
      );
    expect(svg.match(/<line /g)).toHaveLength(arrows);
    // Colour is never the only cue: each ending box says its outcome, weak choices are dashed.
    expect(
      svg.match(/font-weight="bold">(Resolved|Partly resolved|Escalated|Ended safely)</g),
    ).toHaveLength(scenario.endings.length);
    const weak = scenario.nodes
      .flatMap((n) => n.choices ?? [])
      .filter((c) => c.rating === 'weak').length;
    expect(svg.match(/stroke-dasharray/g) ?? []).toHaveLength(weak);
  });
});
