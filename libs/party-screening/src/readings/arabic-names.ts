/**
 * The particles of Arabic names, as BGN/PCGN (Arabic 1956) spells them, then the usual English
 * and French forms. Names themselves have no table: a name word is read letter by letter
 * (arabic-letters.ts), and the matcher compares names of the Arabic-script world by their
 * consonants, which is what the script writes.
 */
export const PARTICLES: Readonly<Record<string, readonly string[]>> = {
  // Mauritanian "son of".
  ولد: ['Ould', 'Wald', 'Walad'],
  ابن: ['ibn', 'bin'],
  بنت: ['bint'],
  ابو: ['Abu', 'Abou'],
  ابي: ['Abi'],
  ابا: ['Aba'],
  ام: ['Umm', 'Um'],
  ال: ['Al'],
  عبد: ['Abd'],
};
