import type { Stage } from '../../pipeline.js';

// Placeholder until this extractor's issue lands: the slot exists so the pipeline's shape is fixed.
export const attributionStage: Stage = {
  name: 'attribution',
  run: () => ({ attributions: [] }),
};
