/**
 * Numbers are written as digits or words (`Brigade 44`, `Brigade Forty-Four`, `1st`, `First`):
 * cardinals read as digits, ordinals as words, so both spellings meet. English only, the language
 * of most romanised declarations.
 */
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** `forty four` → `44`, `three` → `3`, `1st` → `first`; other tokens as they are. */
export function readNumbers(tokens: string[]): string[] {
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
      const unit = next === undefined ? -1 : /^[1-9]$/.test(next) ? Number(next) : UNITS.indexOf(next);
      if (unit >= 1 && unit <= 9) {
        out.push(String(tens + unit));
        i += 1;
      } else out.push(String(tens));
      continue;
    }
    const unit = UNITS.indexOf(token);
    // `one` alone is as often a word (One World) as a number; read it only beside a digit-like context.
    out.push(unit > 1 ? String(unit) : token);
  }
  return out;
}
