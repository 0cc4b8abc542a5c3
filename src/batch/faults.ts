// Fault injection for tests of batch mode, off unless SITREP_TEST_FAULTS=1 is set in the environment:
// then a stage placed before the real ones throws on an article containing [[sitrep-test:throw]] and
// spins the CPU for N ms on one containing [[sitrep-test:spin=N]] (as a runaway regex would). The
// normal path never sees it: without the variable the default stages are used untouched.
import { defaultStages, type Stage } from '../pipeline.js';

export const FAULTS_ENV = 'SITREP_TEST_FAULTS';

const faultStage: Stage = {
  name: 'test-faults',
  run(doc) {
    if (doc.text.includes('[[sitrep-test:throw]]')) throw new Error('injected test fault');
    const spin = /\[\[sitrep-test:spin=(\d{1,6})\]\]/.exec(doc.text);
    if (spin) {
      const until = Date.now() + Number(spin[1]);
      while (Date.now() < until) {
        // busy: a stuck synchronous extractor cannot be interrupted except by ending its thread
      }
    }
    return {};
  },
};

/** The stages to run: the default ones, with the fault stage in front when the test variable is set. */
export function batchStages(): readonly Stage[] | undefined {
  return process.env[FAULTS_ENV] === '1' ? [faultStage, ...defaultStages] : undefined;
}
