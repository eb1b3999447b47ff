import { setFlagsFromString } from 'node:v8';

/** Below this a run keeps V8's own pace: a class of 1,000 notes files peaks at ~300 MB. */
const boundedPast = 320 * 2 ** 20;

/**
 * Checking a class, the live heap stays ~20-40 MB, yet V8 lets the old space grow to several
 * times that between full collections, as remark's short-lived trees are promoted into it: the
 * process reached 474-664 MB at 10,000 files. Past `boundedPast`, each full collection lets the
 * heap grow by half of what it holds live (V8's --heap-growing-percent, which it reads at every
 * collection): collections come more often (bounded from its start, a 1,000-file run took 15-25% longer), but
 * the process stops growing. Not a hard limit (--max-old-space-size): a file that needs more
 * memory still gets it. Returned as the step a run takes between its files.
 */
export function boundHeapGrowth(residentBytes: () => number = () => process.memoryUsage.rss(), setV8Flags: (flags: string) => void = setFlagsFromString): () => void {
  let bounded = false;
  return () => {
    if (bounded || residentBytes() < boundedPast) return;
    bounded = true;
    setV8Flags('--heap-growing-percent=50');
  };
}
