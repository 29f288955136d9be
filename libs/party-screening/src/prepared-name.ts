import { isGenericWord, normaliseName } from './normalise';
import { phoneticKey } from './phonetic-key';

/** A name folded for comparison: its tokens, their phonetic keys and which are generic words. */
export interface PreparedName {
  /** Folded tokens, in order, as shown in evidence. */
  tokens: string[];
  /** Phonetic keys of the tokens, compared and indexed. */
  keys: string[];
  generic: boolean[];
  /** All keys run together: catches names whose spacing differs (김철삼 → kimjolsam, Kim Chol Sam). */
  joined: string;
  /** Made of generic words only ("Middle East Trading"): such a name matches only word for word. */
  allGeneric: boolean;
  legalForms: string[];
}

export function prepareName(raw: string): PreparedName {
  const { tokens, legalForms } = normaliseName(raw);
  const keys = tokens.map(phoneticKey);
  const allGeneric = tokens.length > 0 && tokens.every(isGenericWord);
  // In a name made only of generic words, those words are all there is to identify it by.
  const generic = tokens.map((t) => !allGeneric && isGenericWord(t));
  return { tokens, keys, generic, joined: phoneticKey(tokens.join('')), allGeneric, legalForms };
}
