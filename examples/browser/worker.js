// The Web Worker's module: serves the ensemble's blocks to the page's run.
import { serveWorker } from 'leadline';

serveWorker(self);
