import { scaleLinear, scaleLog } from 'd3-scale';
import { formatCompact, logTicks } from './format.ts';

/**
 * The y scale of a persons chart, log or linear (the reader's switch). Log keeps "dozens" and "millions" readable
 * on one axis; linear shows the sizes as they are. Both start from the data: a log domain at whole powers of ten
 * around low..high, a linear one from 0.
 */
export function personsScale(log: boolean, lows: number[], highs: number[]) {
  if (log) {
    const low = Math.max(1, Math.min(...lows));
    const high = Math.max(10, ...highs);
    const domain = [10 ** Math.floor(Math.log10(low)), 10 ** Math.ceil(Math.log10(high))];
    return { scale: scaleLog(), domain, ticks: logTicks(domain), format: formatCompact };
  }
  const domain = [0, Math.max(10, ...highs)];
  return { scale: scaleLinear(), domain, ticks: scaleLinear().domain(domain).nice(4).ticks(4), format: formatCompact };
}

/** The y axis title: the unit, and the scale when it is a log scale (the reader must not read it as linear). */
export const axisTitle = (unit: string, log: boolean) => (log ? `${unit} (log scale)` : unit);
