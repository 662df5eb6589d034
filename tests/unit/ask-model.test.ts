import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED } from '../../lib/eval/run';
import { trainingData, trainModels, weightsFile } from '../../lib/eval/train';

// `npm run train` is deterministic: the committed weights must be what the committed data and features give.
describe('the ask model', () => {
  it('is what `npm run train` makes of the committed data (run it and commit the file when this fails)', () => {
    const { models } = trainModels(trainingData(SHARED));
    expect(weightsFile(models)).toBe(readFileSync('lib/analysis/ask/weights.json', 'utf8'));
  }, 120_000);
});
