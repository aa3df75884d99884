/**
 * The highest RSS and heap a benchmark process reached: sampled every `everyMs` while the work runs
 * (a single reading at the end would miss the peak), and once more when it stops.
 */
export interface PeakMemory {
  /** Stops sampling; the peaks including one last sample. */
  stop(): { peakRss: number; peakHeap: number };
}

export function samplePeakMemory(everyMs: number): PeakMemory {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { peakRss, peakHeap };
    },
  };
}
