// A pool worker's entry: as worker-boot.mjs, tsx is registered in the thread before the TypeScript is loaded.
import { register } from 'tsx/esm/api';

register();
await import('./pool-worker.ts');
