// Writes the NMEA replay fixture of the sample county (default seed):
//
//   npx tsx tests/tools/make-nmea-walk.ts
//
// sample-data/field/walk-sample-targets.nmea   the log (1 Hz, GGA + RMC + GSA, GSV/VTG every 5 s, CRLF line ends)
// sample-data/field/walk-sample-targets.json   its targets with arrival/departure times, fix-quality stretches and
//                                              the epochs whose GGA was garbled on purpose
// The generator is sample-data/field/nmea-walk.ts; a test checks the committed files equal what it produces.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeNmeaWalk } from '../../sample-data/field/nmea-walk';

const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../sample-data/field');
const walk = makeNmeaWalk();
writeFileSync(path.join(outDir, 'walk-sample-targets.nmea'), walk.text);
const { text: _text, ...facts } = walk;
writeFileSync(path.join(outDir, 'walk-sample-targets.json'), `${JSON.stringify(facts, null, 2)}\n`);
process.stdout.write(`wrote ${walk.text.split('\r\n').length - 1} sentences, ${walk.targets.length} targets\n`);
