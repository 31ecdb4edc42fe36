/** `npm run sobol-directions`: writes src/analysis/sensitivity/joeKuoDirections.ts from the data table. */
import { renameSync, writeFileSync } from 'node:fs';
import { DIRECTIONS_MODULE_PATH, directionsModuleSource, readJoeKuoText } from './sobolDirections.ts';

const temp = `${DIRECTIONS_MODULE_PATH}.${process.pid}.tmp`;
writeFileSync(temp, directionsModuleSource(readJoeKuoText()));
renameSync(temp, DIRECTIONS_MODULE_PATH);
console.log(`wrote ${DIRECTIONS_MODULE_PATH}`);
