import { normaliseName } from './normalise';

/**
 * True for a word that the matcher removes as a legal form when it stands alone (`gmbh`, `llc`,
 * `ooo`, `kk`), compared folded as normaliseName folds. The words of multi-word forms
 * (`aktsionernoe`, `kabushiki`) are generic words instead: see isGenericWord.
 */
export function isLegalFormWord(word: string): boolean {
  const folded = normaliseName(word).tokens.join(' ');
  // After a placeholder word, since a lone legal-form word that is the whole name is kept as the name.
  return !!folded && normaliseName(`placeholder ${folded}`).legalForms.includes(folded);
}
