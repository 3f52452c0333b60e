import { describe, expect, it } from 'vitest';
import { wordClusters } from '../../server/models/clusters';
import { syntaxModels } from '../../server/models/syntax';

describe('word clusters', () => {
  const words = ['boston', 'gdańsk', 'the', 'a', "don't", '0000', 'ab', 'ba'];
  const fine = Uint16Array.from([3, 3, 1, 1, 2, 4, 5, 6]);
  const coarseOf = Uint16Array.from([0, 1, 1, 2, 2, 2, 3]);
  const clusters = wordClusters(words.join('\n'), fine, coarseOf);

  it('finds every word of the table, the first and the last included', () => {
    words.forEach((w, i) => expect(clusters.fineOfNormal(w)).toBe(fine[i]));
  });

  it('normalises a word before looking it up, and knows nothing of a word not in the table', () => {
    expect(clusters.fine('Boston')).toBe(3);
    expect(clusters.fine('GDAŃSK')).toBe(3);
    expect(clusters.fine('1956')).toBe(4);
    expect(clusters.coarse('Boston')).toBe(2);
    for (const absent of ['bost', 'bostonx', '', 'b', 'the\na', 'aB ']) {
      expect(clusters.fine(absent)).toBe(0);
      expect(clusters.coarse(absent)).toBe(0);
    }
  });

  it('tells apart words of the same letters in another order', () => {
    expect(clusters.fineOfNormal('ab')).toBe(5);
    expect(clusters.fineOfNormal('ba')).toBe(6);
  });

  it('holds the shipped table: frequent words share clusters with their kind', () => {
    const shipped = syntaxModels().parser.clusters;
    expect(shipped.fine('Monday')).toBeGreaterThan(0);
    expect(shipped.fine('Monday')).toBe(shipped.fine('Tuesday'));
    expect(shipped.fine('qzxqzxqzx')).toBe(0);
  });
});
