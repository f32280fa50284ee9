// Limits for scenario files, the same in the checker, the build, the browser and (later) the server: a file that
// passes them can be parsed, validated, analysed and shown without exhausting memory, the stack or the clock's range.

/** A scenario file may be at most 2 MB (UTF-8). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Mappings and sequences nest at most this deep. */
export const MAX_DEPTH = 64;
/** One text (a field's string, in one language) holds at most this many characters. */
export const MAX_TEXT = 8000;
/** YAML aliases, counted as they expand (an alias of something that holds aliases counts those too). */
export const MAX_ALIASES = 1000;
/** Costs, time limits and clock thresholds: at most ten years of simulated minutes, so the clock always formats. */
export const MAX_MINUTES = 10 * 365 * 24 * 60;
/** Metric values, ranges and effects stay within what the dashboard and chart can show. */
export const MAX_METRIC = 1_000_000;

/** Bytes the text takes as UTF-8, without TextEncoder (the engine has no DOM or Node types). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
export const tooLarge = (bytes: number) => `the file is ${mb(bytes)}; a scenario file may be at most ${mb(MAX_FILE_BYTES)}`;
