import type { Content } from './types.js';

/**
 * 112, 1813 and 106 must be reachable whatever a content file says. A partner's
 * file that leaves one out (or marks it non-urgent) gets the built-in line back.
 */
export const REQUIRED_URGENT_NUMBERS: readonly string[] = ['112', '1813', '106'];

export function withRequiredUrgentLines(content: Content, builtIn: Content): Content {
  const present = new Set(content.helplines.filter((line) => line.urgent).map((line) => line.number.replace(/\s/g, '')));
  const missing = builtIn.helplines.filter(
    (line) => line.urgent && REQUIRED_URGENT_NUMBERS.includes(line.number) && !present.has(line.number),
  );
  if (missing.length === 0) return content;
  const missingIds = new Set(missing.map((line) => line.id));
  return {
    ...content,
    helplines: [...missing, ...content.helplines.filter((line) => !missingIds.has(line.id))],
  };
}
