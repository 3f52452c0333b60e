import { describe, expect, it } from 'vitest';
import { PerceptronTrainer } from '../../server/models/perceptron';
import { decodeBundle, encodeBundle, perceptronArrays, perceptronFrom } from '../../server/models/weights-file';
import { seededRandom } from '../../server/train/random';

describe('the averaged perceptron', () => {
  it('learns a separable problem and keeps the averaged weights', () => {
    // class = which of features 1..3 is present; feature 9 is noise on every example
    const trainer = new PerceptronTrainer(3);
    const scores = new Float64Array(3);
    for (let epoch = 0; epoch < 5; epoch++) {
      for (let c = 0; c < 3; c++) {
        const f = Uint32Array.from([c + 1, 9]);
        scores.fill(0);
        trainer.score(f, 2, scores);
        const best = scores.indexOf(Math.max(...scores));
        if (best !== c) trainer.update(f, 2, c, best);
        trainer.tick();
      }
    }
    const model = trainer.compact();
    for (let c = 0; c < 3; c++) {
      scores.fill(0);
      model.score(Uint32Array.from([c + 1, 9]), 2, scores);
      expect(scores.indexOf(Math.max(...scores))).toBe(c);
    }
  });

  it('scores the same from sparse and dense rows, and after a round trip through the weights file', () => {
    const random = seededRandom(5);
    const trainer = new PerceptronTrainer(40);
    for (let i = 0; i < 3000; i++) {
      // a skewed draw: common features get dense rows, rare ones stay sparse
      const f = Uint32Array.from({ length: 6 }, () => 1 + Math.floor(random() ** 3 * 2000));
      trainer.update(f, f.length, Math.floor(random() * 40), Math.floor(random() * 40));
      trainer.tick();
    }
    const model = trainer.compact();
    const again = perceptronFrom(decodeBundle(encodeBundle({ meta: {}, arrays: perceptronArrays('p', model) })), 'p', 40);
    for (let k = 0; k < 50; k++) {
      const f = Uint32Array.from({ length: 6 }, () => 1 + Math.floor(random() ** 3 * 2100));
      // the reference: a plain sum over the model's (feature, class, weight) entries
      const expected = new Float64Array(40);
      for (const key of f) {
        const i = model.keys.indexOf(key);
        if (i < 0) continue;
        for (let e = model.offsets[i]!; e < model.offsets[i + 1]!; e++) expected[model.classes[e]!]! += model.weights[e]!;
      }
      const a = new Float64Array(40), b = new Float64Array(40);
      model.score(f, f.length, a);
      again.score(f, f.length, b);
      expect(Array.from(a)).toEqual(Array.from(expected));
      expect(Array.from(b)).toEqual(Array.from(expected));
    }
  });
});
