// Layout controls: ForceAtlas2 in a web worker (the page stays responsive), noverlap, dragging a
// node, saving the positions to the service (PUT /api/layout: exports and other pages use them),
// and a reset to the positions last saved or served.
import type Graph from 'graphology';
import type Sigma from 'sigma';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { api, ApiFailure, askForToken } from '../api';
import { $ } from '../dom';

export interface LayoutControls {
  /** true once a drag has moved the node under the pointer: the click that ends it selects nothing */
  consumeDrag(): boolean;
}

export function setupLayout(graph: Graph, sigma: Sigma | null, announce: (text: string) => void): LayoutControls {
  let saved = new Map(graph.mapNodes((n, a) => [n, { x: a.x as number, y: a.y as number }] as const));
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
    graph.forEachNode((n) => { const p = saved.get(n); if (p) graph.mergeNodeAttributes(n, p); });
    announce('Layout reset to the one last saved');
  });
  $('layout-save').addEventListener('click', async () => {
    stop();
    const positions = graph.mapNodes((key, a) => ({ key, x: a.x as number, y: a.y as number })).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
    try {
      const r = await api.saveLayout(positions);
      saved = new Map(positions.map(({ key, x, y }) => [key, { x, y }]));
      announce(`Layout saved (${r.updated} positions): exports and other pages use it`);
    } catch (err) {
      if (err instanceof ApiFailure && err.status === 401) {
        if (askForToken('save a layout')) announce('Token saved: save again.');
      } else announce(`The layout was not saved: ${(err as Error).message}`);
    }
  });

  // dragging a node: the camera stays, the graph's frame is held while the node moves
  let dragging: string | null = null;
  let moved = false;
  if (sigma) {
    sigma.on('downNode', ({ node }) => {
      dragging = node;
      moved = false;
      if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
    });
    sigma.on('moveBody', ({ event }) => {
      if (!dragging) return;
      const p = sigma.viewportToGraph(event);
      graph.mergeNodeAttributes(dragging, { x: p.x, y: p.y });
      moved = true;
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    const up = () => {
      if (dragging && moved) announce('Node moved: "Save layout" keeps it');
      dragging = null;
    };
    sigma.on('upNode', up);
    sigma.on('upStage', up);
  }
  return { consumeDrag: () => { const m = moved; moved = false; return m; } };
}
