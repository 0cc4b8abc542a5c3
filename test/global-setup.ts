import { execFileSync } from 'node:child_process';

// CLI tests run the built binary: build once before the suite so they never test a stale dist/ or bundle
// (and the prebuilt gazetteer index and wink model, which are read also when tests run from src/).
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/build-gazetteer-index.mjs'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/build-wink-model.mjs'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'inherit' });
}
