import { isGenericWord } from './normalise';
import { prepareName } from './prepared-name';

/** Letters a side of a slash needs to be a name rather than a code (`J/V`, `I/E`, `M/S`, `DHKP/C`). */
const PART_MINIMUM_LETTERS = 4;
/** A side of one word names something alone only when that word is this long (not `Front`). */
const ONE_WORD_PART = 6;

/**
 * Lists write some aliases of a firm or group as one name with a slash (`Base of Jihad/Mesopotamia`).
 * Each side that names something on its own is screened as a name too. Not a slash between two
 * generic words (`Import/Export`), nor one after a legal form (`S.A.L./Off-shore`), which are
 * variants of a word, nor one in an abbreviation (`J/V`); nor a side of generic words or a place only.
 */
export function slashAliasParts(name: string): string[] {
  if (!name.includes('/')) return [];
  const sides = name.split('/').map((side) => prepareName(side.trim()));
  for (let k = 1; k < sides.length; k++) {
    const before = sides[k - 1];
    const after = sides[k];
    if (before.legalForms.length > 0 || before.tokens.length === 0 || after.tokens.length === 0) return [];
    const [last, first] = [before.tokens[before.tokens.length - 1], after.tokens[0]];
    // `J/V`, `I/E`: an abbreviation written with a slash, not two names.
    if (last.length <= 2 || first.length <= 2) return [];
    if (isGenericWord(last) && isGenericWord(first)) return [];
  }
  return name
    .split('/')
    .map((side) => side.trim())
    .filter((side, k) => namesSomething(side, sides[k]));
}

function namesSomething(side: string, prepared: ReturnType<typeof prepareName>): boolean {
  if ((side.match(/\p{L}/gu)?.length ?? 0) < PART_MINIMUM_LETTERS || prepared.allGeneric) return false;
  const distinctive = prepared.tokens.filter((_, i) => !prepared.generic[i]);
  return distinctive.length > 0 && (prepared.tokens.length > 1 || prepared.tokens[0].length >= ONE_WORD_PART);
}
