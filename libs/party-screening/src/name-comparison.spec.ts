import { compareNames, WeightedName } from './name-comparison';
import { prepareName } from './prepared-name';
import { KOREAN } from './spelling-similarity';

/** A person's name with the weights an index would give its words (a rare word weighs 7 here). */
function person(name: string, weights: number[]): WeightedName {
  return { ...prepareName(name, { person: true }), weights, totalWeight: weights.reduce((a, b) => a + b, 0), person: true, rareWeight: 7 };
}

/** A firm's name, weighed likewise; its generic words weigh 1. */
function firm(name: string, weights: number[]): WeightedName {
  return { ...prepareName(name), weights, totalWeight: weights.reduce((a, b) => a + b, 0), rareWeight: 7 };
}

describe('compareNames', () => {
  it("reads a firm's name numbered otherwise as a sibling of the listed one, not another name", () => {
    const listed = firm('Tarnwell Growth Partners VI', [9, 5, 1, 8]);
    expect(compareNames(firm('Tarnwell Growth Partners V', [9, 5, 1, 8]), listed).score).toBeGreaterThanOrEqual(0.8);
    expect(compareNames(firm('Tarnwell Growth Partners 5', [9, 5, 1, 8]), listed).score).toBeLessThan(0.8);
    expect(compareNames(firm('Tarnwell Growth Partners Verde', [9, 5, 1, 8]), listed).score).toBeLessThan(0.8);
  });

  it("lets a listed person's four-letter further name cost less, but not a syllable of a Korean given name", () => {
    const listed = person('Lorvan Tavelli Qeld', [3, 9, 12]);
    expect(compareNames(person('Lorvan Tavelli', [3, 9]), listed).score).toBeGreaterThanOrEqual(0.8);
    const korean = { ...person('Pak Tae Gyom', [5, 4, 12]), families: KOREAN };
    expect(compareNames(person('Pak Tae', [5, 4]), korean).score).toBeLessThan(0.8);
  });

  it('takes a common given name beside a surname spelt with other consonants for thin evidence', () => {
    const listed = person('Samir Veltrani', [3, 8]);
    // Other consonants: another surname, whatever the common given name says.
    expect(compareNames(person('Samir Veldrani', [3, 9]), listed).score).toBeLessThan(0.8);
    // Other vowels only: a romanisation of the same surname.
    expect(compareNames(person('Samir Voltreni', [3, 9]), listed).score).toBeGreaterThanOrEqual(0.8);
    // A rare given name is evidence of its own.
    expect(compareNames(person('Samir Veldrani', [8, 9]), person('Samir Veltrani', [8, 8])).score).toBeGreaterThanOrEqual(0.8);
  });

  it("lets a declared person's further names cost less where the name begins with the whole listed one", () => {
    const listed = person('Samir Qordavi', [3, 8]);
    expect(compareNames(person('Samir Qordavi Velmani Oskar', [3, 8, 6, 6]), listed).score).toBeGreaterThanOrEqual(0.8);
    // The listed name in the middle of others is not the same person's short name.
    expect(compareNames(person('Velmani Samir Qordavi Oskar', [6, 3, 8, 6]), listed).score).toBeLessThan(0.8);
  });
});
