/**
 * Numbers are written as digits or words (`Squadron 67`, `Squadron Sixty-Seven`, `1st`, `First`):
 * cardinals read as digits, ordinals as words, so both spellings meet. English only, the language
 * of most romanised declarations.
 */
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

const UNIT_OF = new Map(UNITS.map((word, n) => [word, n]));
/** Every word this reads: most names have none, and are returned as they are. */
const NUMBER_WORD = new Set([...UNITS, ...Object.keys(TENS)]);

/** `sixty seven` → `67`, `three` → `3`, `1st` → `first`; other tokens as they are. */
export function readNumbers(tokens: string[]): string[] {
  if (!tokens.some((t) => NUMBER_WORD.has(t) || /^[0-9]/.test(t))) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const ordinal = /^([1-9]|10)(st|nd|rd|th)$/.exec(token);
    if (ordinal) {
      out.push(ORDINALS[Number(ordinal[1])]);
      continue;
    }
    const tens = TENS[token];
    if (tens !== undefined) {
      const next = tokens[i + 1];
      const unit = next === undefined ? -1 : /^[1-9]$/.test(next) ? Number(next) : (UNIT_OF.get(next) ?? -1);
      if (unit >= 1 && unit <= 9) {
        out.push(String(tens + unit));
        i += 1;
      } else out.push(String(tens));
      continue;
    }
    const unit = UNIT_OF.get(token) ?? -1;
    // `one` alone is as often a word (One World) as a number; read it only beside a digit-like context.
    out.push(unit > 1 ? String(unit) : token);
  }
  return out;
}
