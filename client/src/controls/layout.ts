// Layout controls: ForceAtlas2 in a web worker (the page stays responsive), noverlap, and a
// reset to the positions the service computed.
import type Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { $ } from '../dom';

export function setupLayout(graph: Graph, announce: (text: string) => void): void {
  const original = new Map(graph.mapNodes((n, a) => [n, { x: a.x as number, y: a.y as number }] as const));
  let fa2: FA2Layout | null = null;
  const run = $<HTMLButtonElement>('layout-run');
  const stop = () => { fa2?.stop(); run.textContent = 'Run ForceAtlas2'; run.setAttribute('aria-pressed', 'false'); };
  run.addEventListener('click', () => {
    if (fa2?.isRunning()) { stop(); announce('ForceAtlas2 stopped'); return; }
    fa2 ??= new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 } });
    fa2.start();
    run.textContent = 'Stop ForceAtlas2';
    run.setAttribute('aria-pressed', 'true');
    announce('ForceAtlas2 running in a worker');
  });
  $('layout-noverlap').addEventListener('click', () => { stop(); noverlap.assign(graph, { maxIterations: 100, settings: { ratio: 1.2, margin: 3 } }); announce('Overlaps removed'); });
  $('layout-reset').addEventListener('click', () => {
    stop();
    graph.forEachNode((n) => { const p = original.get(n); if (p) graph.mergeNodeAttributes(n, p); });
    announce("Layout reset to the service's");
  });
}
