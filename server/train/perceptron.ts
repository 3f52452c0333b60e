// Training an averaged perceptron: epochs over shuffled examples, and optionally several models on
// differently shuffled data whose weights are averaged (bagging), which moves less when the
// training data changes a little and generalises a little better.
import { PerceptronTrainer, ensembleOf, type Perceptron } from '../models/perceptron';
import { seededRandom, shuffled } from '../util/random';

export interface PerceptronOptions {
  epochs: number;
  seed: number;
  /** models averaged, each shuffling with its own seed (seed, seed + 1, …) */
  ensemble?: number;
}

export function trainPerceptron<T extends { features: ArrayLike<number> }>(examples: T[], nClasses: number, goldOf: (ex: T) => number, options: PerceptronOptions): Perceptron {
  const trainers = Array.from({ length: Math.max(1, options.ensemble ?? 1) }, (_, k) => {
    const trainer = new PerceptronTrainer(nClasses);
    const random = seededRandom(options.seed + k);
    const scores = new Float64Array(nClasses);
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (const ex of shuffled(examples, random)) {
        const gold = goldOf(ex);
        scores.fill(0);
        trainer.score(ex.features, ex.features.length, scores);
        let best = 0;
        for (let c = 1; c < nClasses; c++) if (scores[c]! > scores[best]!) best = c;
        if (best !== gold) trainer.update(ex.features, ex.features.length, gold, best);
        trainer.tick();
      }
    }
    return trainer;
  });
  return trainers.length === 1 ? trainers[0]!.compact() : ensembleOf(trainers);
}
