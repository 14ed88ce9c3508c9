// The worker's entry. Node 20 does not carry `--import tsx` into worker threads, so the worker registers tsx itself
// before loading the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
