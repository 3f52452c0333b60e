// Labels that never overlap. Sigma picks the labels to draw (its label grid, plus the forced ones)
// and would draw each at once, forced ones over the others; here they are gathered during the frame,
// then drawn in order of importance — highlighted, forced, larger — each only if its box touches
// no box drawn before it.
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { Settings } from 'sigma/settings';

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string };

/** A drawn label's box, in viewport pixels. */
export interface LabelBox { key: string; label: string; x1: number; y1: number; x2: number; y2: number }

/** the space kept between two labels, in pixels */
const GAP = 2;

export class LabelPlacer {
  private offered: { context: CanvasRenderingContext2D; data: LabelData; settings: Settings }[] = [];

  /** A frame begins. */
  start(): void { this.offered = []; }

  /** Sigma would draw this label now; it is kept for place(). */
  offer(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
    if (data.label) this.offered.push({ context, data: { ...data }, settings });
  }

  /**
   * Draws the labels of the frame that fit, most important first; returns their boxes. A label
   * that starts under an overlay (`covered`: the legend's box, the table's) is left out unless
   * highlighted: its node is hidden there too.
   */
  place(draw: NodeLabelDrawingFunction, covered: { x1: number; y1: number; x2: number; y2: number }[] = []): LabelBox[] {
    const rank = (d: LabelData) => (d.highlighted ? 2 : 0) + (d.forceLabel ? 1 : 0);
    this.offered.sort((a, b) => rank(b.data) - rank(a.data) || b.data.size - a.data.size || ((a.data.key ?? '') < (b.data.key ?? '') ? -1 : 1));
    const boxes: LabelBox[] = [];
    for (const { context, data, settings } of this.offered) {
      const size = settings.labelSize;
      context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      const x1 = data.x + data.size + 3 - GAP, y1 = data.y - size / 2 - GAP;
      const box: LabelBox = { key: data.key ?? '', label: data.label!, x1, y1, x2: x1 + context.measureText(data.label!).width + 2 * GAP, y2: y1 + size + 2 * GAP };
      const overlaps = (b: { x1: number; y1: number; x2: number; y2: number }, a: LabelBox = box) => b.x1 < a.x2 && a.x1 < b.x2 && b.y1 < a.y2 && a.y1 < b.y2;
      // under an overlay: its start hidden (a label that only runs under one still names its node)
      const start = { ...box, x2: Math.min(box.x2, box.x1 + 40) };
      if (boxes.some((b) => overlaps(b)) || (!data.highlighted && covered.some((b) => overlaps(b, start)))) continue;
      draw(context, data, settings);
      boxes.push(box);
    }
    this.offered = [];
    return boxes;
  }
}
