import anyAscii from 'any-ascii';
import { consonantSkeleton } from './skeleton';

describe('consonantSkeleton', () => {
  it('gives the spellings of one Arabic name one skeleton', () => {
    const of = (...words: string[]) => new Set(words.map(consonantSkeleton));
    expect(of('Muhammad', 'Mohammed', 'Mohamed', 'Mohammad', 'Muhamad')).toEqual(new Set(['mhmd']));
    expect(of('Hussein', 'Husayn', 'Hussain', 'Husain')).toEqual(new Set(['hsn']));
    expect(of('Qasim', 'Kassem', 'Qasem')).toEqual(new Set(['ksm']));
    expect(of('Kadhim', 'Kazim', 'Kazem')).toEqual(new Set(['kzm']));
    expect(of('Hamza', 'Hamzah')).toEqual(new Set(['hmz']));
    expect(of('Yusuf', 'Yousef', 'Youssef')).toEqual(new Set(['ysf']));
  });

  it('meets any-ascii\'s letter-for-letter fold of the Arabic', () => {
    expect(consonantSkeleton(anyAscii('محمد'))).toBe(consonantSkeleton('Mohammed'));
    expect(consonantSkeleton(anyAscii('حسين'))).toBe(consonantSkeleton('Hussein'));
    expect(consonantSkeleton(anyAscii('خالد'))).toBe(consonantSkeleton('Khaled'));
    expect(consonantSkeleton(anyAscii('يوسف'))).toBe(consonantSkeleton('Yusuf'));
    expect(consonantSkeleton(anyAscii('كاظم'))).toBe(consonantSkeleton('Kazim'));
  });

  it('keeps word-initial y and w, which are consonants there', () => {
    expect(consonantSkeleton('Walid')).toBe('wld');
    expect(consonantSkeleton('Yahya')).toBe('yh');
  });

  it('keeps names with different consonants apart', () => {
    expect(consonantSkeleton('Hassan')).not.toBe(consonantSkeleton('Hashem'));
    expect(consonantSkeleton('Salim')).not.toBe(consonantSkeleton('Karim'));
  });
});
