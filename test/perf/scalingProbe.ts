// Run by scaling.test.ts in a fresh process: the heap of the test run around it
// would make large documents look slower than they are. Prints one JSON line of medians.
import { updateNotesDetailed } from '../../server/src/notes/incremental';
import { buildDocument, floorAndFull, floorParse, fullAnalysis, middleEdits, middleOffset, sourceTexts, stats, time } from './measure';

const { texts, source } = sourceTexts();
const small = buildDocument(texts, 20_000);
const medium = buildDocument(texts, 200_000);
const large = buildDocument(texts, 1_000_000);
// Warm the JIT, so that the first measured runs are not the compiler's.
for (let index = 0; index < 3; index++) fullAnalysis(small);

const smallRatio = floorAndFull(small, 31);
const mediumRatio = floorAndFull(medium, 5);
const mediumTimes: number[] = [];
const largeTimes: number[] = [];
const mediumFloor: number[] = [];
const largeFloor: number[] = [];
let document: ReturnType<typeof fullAnalysis> | undefined;
for (let index = 0; index < 3; index++) {
  mediumTimes.push(time(() => fullAnalysis(medium)));
  mediumFloor.push(time(() => floorParse(medium)));
  largeTimes.push(time(() => (document = fullAnalysis(large))));
  largeFloor.push(time(() => floorParse(large)));
  mediumTimes.push(time(() => fullAnalysis(medium)));
}
if (!document) throw new Error('no analysis');
const at = middleOffset(large);
const middle = updateNotesDetailed(document, large.slice(0, at) + 'x' + large.slice(at), { catalog: document.catalog });
const edits = middleEdits(document, 10);

console.log(
  JSON.stringify({
    source,
    small: { floor: smallRatio.floor.median, full: smallRatio.full.median, ratio: smallRatio.ratio },
    medium: { floor: mediumRatio.floor.median, full: mediumRatio.full.median, ratio: mediumRatio.ratio },
    growth: { medium: stats(mediumTimes).median, large: stats(largeTimes).median, mediumFloor: stats(mediumFloor).median, largeFloor: stats(largeFloor).median, sizes: large.length / medium.length },
    edit: { median: edits.median, p95: edits.p95, incremental: middle.incremental, parsedChars: middle.parsedChars, fallback: middle.fallback },
  }),
);
