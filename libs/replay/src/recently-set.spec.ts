import { RecentlySet } from './recently-set';

describe('RecentlySet', () => {
  it('holds at most the limit and at least the last half of it, the latest value of each key', () => {
    const recent = new RecentlySet<number>(10);
    for (let i = 0; i < 1000; i++) {
      recent.set(`k${i}`, i);
      expect(recent.size).toBeLessThanOrEqual(10);
      for (let j = Math.max(0, i - 4); j <= i; j++) expect(recent.get(`k${j}`)).toBe(j);
    }
    expect(recent.get('k0')).toBeUndefined();
  });

  it('answers the value set last for a key set again, from either generation', () => {
    const recent = new RecentlySet<string>(4);
    recent.set('a', 'first');
    recent.set('b', 'x'); // the generation of a and b becomes the older
    recent.set('a', 'second');
    expect(recent.get('a')).toBe('second');
    expect(recent.get('b')).toBe('x');
  });

  it('refuses a limit that could not hold one key', () => {
    expect(() => new RecentlySet(1)).toThrow('a limit of at least 2');
  });
});
