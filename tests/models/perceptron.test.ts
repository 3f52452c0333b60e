import { describe, expect, it } from 'vitest';
import { byteOf, PerceptronTrainer, ensembleOf, Perceptron } from '../../server/models/perceptron';
import { trainPerceptron } from '../../server/train/perceptron';
import { decodeBundle, encodeBundle, perceptronArrays, perceptronFrom } from '../../server/models/weights-file';
import { seededRandom } from '../../server/util/random';
import { feature1, feature2, feature3, feature4 } from '../../server/models/hashing';
import { encodeTemplates, templateFeatures, type Template } from '../../server/models/templates';

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

  it('bags: an ensemble holds the mean of its members\' averaged weights, and still learns', () => {
    const examples = [0, 1, 2].map((c) => ({ features: Uint32Array.from([c + 1, 9]), gold: c }));
    const one = (seed: number) => {
      const t = new PerceptronTrainer(3);
      const scores = new Float64Array(3);
      for (let epoch = 0; epoch < 3; epoch++) {
        for (const ex of seed === 1 ? examples : [...examples].reverse()) {
          scores.fill(0);
          t.score(ex.features, 2, scores);
          const best = scores.indexOf(Math.max(...scores));
          if (best !== ex.gold) t.update(ex.features, 2, ex.gold, best);
          t.tick();
        }
      }
      return t;
    };
    const [a, b] = [one(1), one(2)];
    const ra = a.averagedRows(), rb = b.averagedRows();
    const mean = ensembleOf([a, b]);
    // weights are quantized to 8 bits against the largest: compare on that scale, to a step
    const expectedMean = (key: number, c: number) => (ra.get(key)![c]! + rb.get(key)![c]!) / 2;
    let largest = 0;
    for (const key of [1, 2, 3]) for (let c = 0; c < 3; c++) largest = Math.max(largest, Math.abs(expectedMean(key, c)));
    const { keys: meanKeys, offsets: meanOffsets } = mean.unpacked();
    const q = (key: number, c: number) => { const i = meanKeys.indexOf(key); for (let e = meanOffsets[i]!; e < meanOffsets[i + 1]!; e++) if (mean.classAt(e) === c) return mean.weightAt(e); return 0; };
    for (const key of [1, 2, 3]) for (let c = 0; c < 3; c++) {
      expect(Math.abs(q(key, c) / 32767 - expectedMean(key, c) / largest)).toBeLessThan(0.02);
    }
    const bagged = trainPerceptron(examples, 3, (ex) => ex.gold, { epochs: 5, seed: 1, ensemble: 3 });
    const scores = new Float64Array(3);
    for (const ex of examples) {
      scores.fill(0);
      bagged.score(ex.features, 2, scores);
      expect(scores.indexOf(Math.max(...scores))).toBe(ex.gold);
    }
  });

  it('scores the same from sparse and dense rows as a plain sum over its entries', () => {
    const model = randomModel();
    const random = seededRandom(9);
    for (const m of [model, roundTrip(model)]) {
      const { keys, offsets } = m.unpacked();
      for (let k = 0; k < 50; k++) {
        const f = Uint32Array.from({ length: 6 }, () => 1 + Math.floor(random() ** 3 * 2100));
        const expected = new Float64Array(40);
        for (const key of f) {
          const i = keys.indexOf(key);
          if (i < 0) continue;
          for (let e = offsets[i]!; e < offsets[i + 1]!; e++) expected[m.classAt(e)]! += m.weightAt(e);
        }
        const got = new Float64Array(40);
        m.score(f, f.length, got);
        expect(Array.from(got)).toEqual(Array.from(expected));
      }
    }
  });

  it('hashes feature templates as feature1..feature4 do, in JavaScript and in WebAssembly', () => {
    const random = seededRandom(3);
    const atoms = Int32Array.from({ length: 8 }, () => Math.floor((random() - 0.5) * 2 ** 32));
    atoms[5] = -1; atoms[6] = 0;
    const templates: Template[] = [[1, 0], [2, 5, 6], [300, 1, 2, 3], [4, 7, 6, 5, 4], [77, 6]];
    const expected = [
      feature1(1, atoms[0]!), feature2(2, atoms[5]!, atoms[6]!), feature3(300, atoms[1]!, atoms[2]!, atoms[3]!),
      feature4(4, atoms[7]!, atoms[6]!, atoms[5]!, atoms[4]!), feature1(77, atoms[6]!),
    ];
    const encoded = encodeTemplates(templates);
    const js = new Uint32Array(templates.length);
    templateFeatures(encoded, templates.length, atoms, js);
    expect(Array.from(js)).toEqual(expected);
    const model = randomModel();
    model.useTemplates(encoded);
    model.atoms.set(atoms);
    expect(Array.from(model.templateFeatures(templates.length))).toEqual(expected);
    expect(() => encodeTemplates([[9]])).toThrow(/1 to 4 atoms/);
  });

  it('scores templates over atoms as it scores the features they hash to', () => {
    const random = seededRandom(11);
    const templates: Template[] = [[1, 0], [2, 1], [3, 2], [4, 0, 1], [5, 3]];
    const encoded = encodeTemplates(templates);
    const atoms = new Int32Array(4);
    const features = new Uint32Array(templates.length);
    const draw = () => { for (let a = 0; a < 4; a++) atoms[a] = Math.floor(random() ** 2 * 60); };
    // a model learned on the templates' features: common atoms get dense rows, rare ones sparse
    const trainer = new PerceptronTrainer(40);
    for (let i = 0; i < 3000; i++) {
      draw();
      templateFeatures(encoded, templates.length, atoms, features);
      trainer.update(features, features.length, Math.floor(random() * 40), Math.floor(random() * 40));
      trainer.tick();
    }
    const model = trainer.compact();
    model.useTemplates(encoded);
    for (let k = 0; k < 200; k++) {
      draw();
      model.atoms.set(atoms);
      templateFeatures(encoded, templates.length, atoms, features);
      const expected = new Float64Array(model.nClasses);
      model.score(features, features.length, expected);
      expect(expected.some((x) => x !== 0)).toBe(true);
      expect(Array.from(model.scoreTemplates(templates.length).subarray(0, model.nClasses))).toEqual(Array.from(expected));
    }
  });

  it('finds every feature when the last keys wrap round to the front of its table', () => {
    // keys crowded at the top of the hash range: their slots run past the end of the table
    const keys = Uint32Array.from({ length: 40 }, (_, i) => 0xffffff00 + i * 3);
    const offsets = Uint32Array.from({ length: 41 }, (_, i) => i);
    const entries = Uint16Array.from({ length: 40 }, (_, i) => ((i % 5) << 8) | (1 + i));
    const model = Perceptron.fromKeys(5, keys, offsets, entries);
    for (let i = 0; i < 40; i++) {
      const got = new Float64Array(5);
      model.score(Uint32Array.of(keys[i]!, keys[i]! + 1), 2, got);
      const expected = new Float64Array(5);
      expected[i % 5] = model.weightAt(i);
      expect(Array.from(got)).toEqual(Array.from(expected));
    }
  });

  it('keeps every feature, class and weight through the weights file', () => {
    const model = randomModel();
    const again = roundTrip(model);
    const entries = (m: Perceptron) => {
      const { keys, offsets } = m.unpacked();
      return new Map(Array.from(keys, (key, i) => [key, Array.from({ length: offsets[i + 1]! - offsets[i]! }, (_, j) => [m.classAt(offsets[i]! + j), m.weightAt(offsets[i]! + j)])]));
    };
    const a = entries(model), b = entries(again);
    expect(a.size).toBeGreaterThan(100);
    expect(b).toEqual(a);
  });

  it('leaves out of the file the features whose weights are all small, and only those', () => {
    const model = randomModel();
    const kept = perceptronFrom(decodeBundle(encodeBundle({ meta: {}, arrays: perceptronArrays('p', model, { minRowByte: 40 }) })), 'p', model.nClasses);
    const { keys, offsets } = model.unpacked();
    const largestByte = (m: Perceptron, i: number) => {
      let largest = 0;
      for (let e = offsets[i]!; e < offsets[i + 1]!; e++) largest = Math.max(largest, Math.abs(byteOf(m.weightAt(e))));
      return largest;
    };
    const expected = Array.from(keys).filter((_, i) => largestByte(model, i) >= 40);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(keys.length);
    expect(Array.from(kept.unpacked().keys)).toEqual(expected);
  });
});

function randomModel(): Perceptron {
  const random = seededRandom(5);
  const trainer = new PerceptronTrainer(40);
  for (let i = 0; i < 3000; i++) {
    // a skewed draw: common features get dense rows, rare ones stay sparse
    const f = Uint32Array.from({ length: 6 }, () => 1 + Math.floor(random() ** 3 * 2000));
    trainer.update(f, f.length, Math.floor(random() * 40), Math.floor(random() * 40));
    trainer.tick();
  }
  return trainer.compact();
}

const roundTrip = (m: Perceptron) => perceptronFrom(decodeBundle(encodeBundle({ meta: {}, arrays: perceptronArrays('p', m) })), 'p', m.nClasses);
