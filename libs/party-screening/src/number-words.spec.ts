import { readNumbers } from './number-words';

describe('readNumbers', () => {
  it('reads cardinals as digits and ordinals as words', () => {
    expect(readNumbers(['sixty', 'seven'])).toEqual(['67']);
    expect(readNumbers(['sixty', '7'])).toEqual(['67']);
    expect(readNumbers(['three', 'musketeers'])).toEqual(['3', 'musketeers']);
    expect(readNumbers(['1st', 'bank'])).toEqual(['first', 'bank']);
    expect(readNumbers(['one', 'world'])).toEqual(['one', 'world']);
  });
});
