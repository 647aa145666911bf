import { run } from './main.js';
import { runPackageManagerStep } from './package-manager.js';

// action.yml runs this file twice: `package-manager` before the cache steps, then the pipeline.
if (process.argv[2] === 'package-manager') await runPackageManagerStep();
else await run();
