// The toolbar's view controls: focus depth and direction, size by, colour by, and the overview's
// "Show all" switch (for a graph large enough to have an overview). Each change goes to the state.
import { $ } from '../dom';
import type { ColorBy, Direction, SizeBy, Store, ViewState } from '../state';

export function setupViewControls(store: Store, hasOverview: boolean): { sync(s: ViewState, colorBy: ColorBy): void } {
  const depth = $<HTMLSelectElement>('focus-depth');
  const direction = $<HTMLSelectElement>('focus-direction');
  const size = $<HTMLSelectElement>('size-by');
  const color = $<HTMLSelectElement>('color-by');
  const showAll = $<HTMLInputElement>('show-all');
  depth.addEventListener('change', () => store.update({ focusDepth: Number(depth.value) }));
  direction.addEventListener('change', () => store.update({ focusDirection: direction.value as Direction }));
  size.addEventListener('change', () => store.update({ sizeBy: size.value as SizeBy }));
  color.addEventListener('change', () => store.update({ colorBy: color.value as ColorBy }));
  $('show-all-label').hidden = !hasOverview;
  showAll.addEventListener('change', () => store.update({ showAll: showAll.checked }));
  return {
    sync(s, colorBy) {
      depth.value = String(s.focusDepth);
      direction.value = s.focusDirection;
      size.value = s.sizeBy;
      color.value = colorBy;
      showAll.checked = s.showAll;
    },
  };
}
