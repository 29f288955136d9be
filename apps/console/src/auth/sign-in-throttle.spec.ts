import { SignInThrottle } from './sign-in-throttle';

describe('SignInThrottle', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 9, minute));

  it('refuses a username after five failures within fifteen minutes, until fifteen minutes after the last', () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < 4; i++) throttle.failed('olga', at(i));
    expect(throttle.waitFor('olga', at(4))).toBe(0);
    throttle.failed('olga', at(4));
    expect(throttle.waitFor('olga', at(5))).toBe(14 * 60_000);
    expect(throttle.waitFor('sam', at(5))).toBe(0);
    expect(throttle.waitFor('olga', at(19))).toBe(0);
  });

  it('forgets failures once the user signs in', () => {
    const throttle = new SignInThrottle(2, 60_000);
    throttle.failed('olga', at(0));
    throttle.succeeded('olga');
    throttle.failed('olga', at(0));
    expect(throttle.waitFor('olga', at(0))).toBe(0);
  });
});
