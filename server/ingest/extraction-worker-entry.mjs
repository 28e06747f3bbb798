// Entry point of an extraction worker thread. Worker threads do not inherit tsx's loader on
// Node 20, so this plain module registers tsx for its own imports, then loads the TypeScript worker.
import { tsImport } from 'tsx/esm/api';

await tsImport('./extraction-worker.ts', import.meta.url);
