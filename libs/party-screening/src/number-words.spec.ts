import { readNumbers } from './number-words';

describe('readNumbers', () => {
  it('reads cardinals as digits and ordinals as words', () => {
    expect(readNumbers(['forty', 'four'])).toEqual(['44']);
    expect(readNumbers(['forty', '4'])).toEqual(['44']);
    expect(readNumbers(['three', 'percenters'])).toEqual(['3', 'percenters']);
    expect(readNumbers(['1st', 'bank'])).toEqual(['first', 'bank']);
    expect(readNumbers(['one', 'world'])).toEqual(['one', 'world']);
  });
});
