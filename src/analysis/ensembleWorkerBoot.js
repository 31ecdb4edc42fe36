// Entry of an ensemble worker thread. Node cannot load TypeScript by itself and a worker
// does not inherit tsx's register() from bin/leadline.js, so register tsx in this thread,
// then load the worker. (Under `node --import tsx` the worker inherits --import tsx as well;
// registering again is harmless.)
import { register } from 'tsx/esm/api';

register();
await import('./ensembleWorker.ts');
