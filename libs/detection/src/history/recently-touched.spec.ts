import { RecentlyTouched } from './recently-touched';

describe('RecentlyTouched', () => {
  it('holds at most its limit, never fewer than the half touched last, and says what it forgets', () => {
    const forgotten: string[] = [];
    const recent = new RecentlyTouched<number>(10, (key) => forgotten.push(key));
    for (let i = 0; i < 100; i++) {
      recent.touch(`k${i}`, i);
      expect(recent.size).toBeLessThanOrEqual(10);
    }
    for (let i = 95; i < 100; i++) expect(recent.get(`k${i}`)).toBe(i);
    expect(recent.get('k0')).toBeUndefined();
    expect(forgotten.length + recent.size).toBe(100);
  });

  it('keeps a key touched again, and does not count a replaced value as a touch', () => {
    const recent = new RecentlyTouched<string>(4);
    recent.touch('kept', 'a');
    recent.touch('b', 'b');
    recent.touch('kept', 'a'); // moves up: survives the next generation
    recent.touch('c', 'c');
    recent.touch('d', 'd');
    expect(recent.get('kept')).toBe('a');
    expect(recent.replace('kept', 'A')).toBe(true);
    expect(recent.replace('absent', 'x')).toBe(false);
    recent.touch('e', 'e');
    recent.touch('f', 'f');
    expect(recent.get('kept')).toBeUndefined();
    expect(recent.size).toBeLessThanOrEqual(4);
  });

  it('forgets by a condition, in either generation', () => {
    const forgotten: string[] = [];
    const recent = new RecentlyTouched<number>(6, (key) => forgotten.push(key));
    for (let i = 0; i < 5; i++) recent.touch(`k${i}`, i);
    recent.forgetWhere((at) => at < 4);
    expect(recent.size).toBe(1);
    expect(recent.get('k4')).toBe(4);
    expect(forgotten.sort()).toEqual(['k0', 'k1', 'k2', 'k3']);
  });
});
