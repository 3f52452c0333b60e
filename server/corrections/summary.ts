// A correction in a line of English, as the command line, the API and the page show it.
import type { Correction } from './apply';

export function summarize(x: Correction): string {
  const name = (r: { key: string; label: string }) => `"${r.label}" (${r.key})`;
  switch (x.kind) {
    case 'rename': return `rename ${name(x.entity)} to "${x.label}"`;
    case 'retype': return `retype ${name(x.entity)} as ${x.type}`;
    case 'merge': return `merge ${name(x.entity)} into ${name(x.into)}`;
    case 'split': return `split ${x.aliases.map((a) => `"${a}"`).join(', ')} out of ${name(x.entity)} as "${x.label}" (${x.type})`;
    case 'delete-entity': return `delete ${name(x.entity)}`;
    case 'delete-relation': return `delete the relation ${name(x.source)} → ${name(x.target)}`;
    case 'add-relation': return `add ${name(x.source)} —${x.label}→ ${name(x.target)}${x.evidence ? ` citing ${x.evidence.document}` : ''}`;
  }
}
