import { CliIo } from './cli-io';

/**
 * Progress of a long run on stderr: redrawn in place on a terminal, a line per tenth elsewhere
 * (a CI log). Short runs print nothing.
 */
export function progressOn(
  io: CliIo,
  label: string,
  threshold: number,
  unit: (n: number) => string = String,
): (done: number, total?: number) => void {
  const step = io.interactive ? 1 : 10;
  let shown = -step;
  let shownAt = 0;
  return (done, total) => {
    if (total === undefined) {
      // No known end (a download without a length): a line now and then.
      if (done < threshold || done - shownAt < threshold) return;
      shownAt = done;
      io.stderr(`${label}: ${unit(done)}${io.interactive ? '\r' : '\n'}`);
      return;
    }
    if (total < threshold) return;
    const percent = Math.floor((done / total) * 100);
    if (percent < shown + step && done < total) return;
    shown = percent;
    const line = `${label}: ${unit(done)} / ${unit(total)} (${percent}%)`;
    io.stderr(io.interactive ? `\r${line}${done >= total ? '\n' : ''}` : `${line}\n`);
  };
}
