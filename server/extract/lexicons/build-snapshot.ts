// npm run build:lexicons: writes the gazetteer's snapshot from the data packages (after upgrading one).
import { buildGazetteer, writeSnapshot, GAZETTEER_SNAPSHOT } from './gazetteer';

writeSnapshot(buildGazetteer());
console.log(`wrote ${GAZETTEER_SNAPSHOT}`);
