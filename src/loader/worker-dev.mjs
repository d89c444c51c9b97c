// Entry of the preparer's worker when the app runs from TypeScript sources (tsx, vitest):
// worker threads do not inherit tsx's loader, so register it here, then start the worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
