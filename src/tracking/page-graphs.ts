/** The scenario graphs the page's role-plays carry (their JSON blobs), for the state codec. */
import type { Graphs } from './state-codec.ts';

export function pageGraphs(root: ParentNode = document): Graphs {
  const graphs: Graphs = {};
  for (const blob of root.querySelectorAll('[data-scenario-data]')) {
    try {
      const { scenario } = JSON.parse(blob.textContent ?? '') as { scenario: Graphs[string] };
      if (scenario?.id) graphs[scenario.id] = scenario;
    } catch {
      /* a broken blob: that role-play's steps cannot be saved, the rest can */
    }
  }
  return graphs;
}
