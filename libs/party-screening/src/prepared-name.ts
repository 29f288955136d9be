import { isGenericInPersonName, isGenericWord, NormaliseOptions, normaliseName } from './normalise';
import { phoneticKey } from './phonetic-key';
import { isPlaceWord } from './place-words';

/** A name folded for comparison: its tokens, their phonetic keys and which are generic words. */
export interface PreparedName {
  /** Folded tokens, in order, as shown in evidence. */
  tokens: string[];
  /** Phonetic keys of the tokens, compared and indexed. */
  keys: string[];
  generic: boolean[];
  /** The keys run together: catches names whose spacing differs (김철삼 → kimjolsam, Kim Cheol Sam). */
  joined: string;
  /** The keys and the legal forms run together: `TekamoAG` against `Tekamo AG`. */
  joinedWithForms: string;
  /** The tokens run together, and with the legal forms, as spelt: compared letter by letter (name-comparison.ts). */
  spelledRun: string;
  spelledRunWithForms: string;
  /** Made of generic words only ("Middle East Trading"): such a name matches only word for word. */
  allGeneric: boolean;
  legalForms: string[];
}

export function prepareName(raw: string, options?: NormaliseOptions): PreparedName {
  const { tokens, legalForms } = normaliseName(raw, options);
  const keys = tokens.map(phoneticKey);
  // A firm's country in its name says where it is; a person's name may be a country's (Chad).
  const isGeneric = options?.person ? isGenericInPersonName : (t: string) => isGenericWord(t) || isPlaceWord(t);
  const allGeneric = tokens.length > 0 && tokens.every(isGeneric);
  // In a name made only of generic words, those words are all there is to identify it by.
  const generic = tokens.map((t) => !allGeneric && isGeneric(t));
  // The keys run together rather than the key of the letters run together: the same on both
  // sides of a comparison, and no new key to fold for every name screened.
  const joined = keys.join('');
  const spelledRun = tokens.join('');
  const spelledRunWithForms = legalForms.length ? spelledRun + legalForms.join('').replace(/ /g, '') : spelledRun;
  return { tokens, keys, generic, joined, joinedWithForms: legalForms.length ? joined + legalForms.map((f) => phoneticKey(f.replace(/ /g, ''))).join('') : joined, spelledRun, spelledRunWithForms, allGeneric, legalForms };
}
