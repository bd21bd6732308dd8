import { describe, expect, it } from 'vitest';
import { changeClock, clockState, exerciseMsAt, startClock, wallTimeAt } from './clock.js';

const T0 = Date.parse('2026-12-01T09:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

describe('the exercise clock', () => {
  it('runs at its speed from the start and is 0 before it', () => {
    const log = startClock(at(0), 60);
    expect(exerciseMsAt(log, at(-5))).toBe(0);
    expect(exerciseMsAt(log, at(0))).toBe(0);
    expect(exerciseMsAt(log, at(1))).toBe(60_000);
    expect(exerciseMsAt(log, at(15))).toBe(15 * 60_000);
  });

  it('stands still while paused and goes on from where it stopped', () => {
    let log = startClock(at(0), 60);
    log = changeClock(log, at(10), { running: false }); // 10 exercise minutes
    expect(exerciseMsAt(log, at(100))).toBe(10 * 60_000);
    log = changeClock(log, at(100), { running: true });
    expect(exerciseMsAt(log, at(105))).toBe(15 * 60_000);
    // A moment during the pause is placed where the clock stood.
    expect(exerciseMsAt(log, at(50))).toBe(10 * 60_000);
  });

  it('keeps the time it had when the speed changes', () => {
    let log = startClock(at(0), 1);
    log = changeClock(log, at(60), { speed: 30 }); // 1 minute at x1
    expect(exerciseMsAt(log, at(60))).toBe(60_000);
    expect(exerciseMsAt(log, at(62))).toBe(60_000 + 60_000);
    expect(clockState(log).speed).toBe(30);
    // Past moments keep their place on exercise time.
    expect(exerciseMsAt(log, at(30))).toBe(30_000);
  });

  it('keeps speeds between 1 and 60', () => {
    expect(clockState(startClock(at(0), 500)).speed).toBe(60);
    expect(clockState(changeClock(startClock(at(0), 5), at(1), { speed: 0 })).speed).toBe(1);
  });

  it('places exercise moments on the wall clock, projecting the future at the current speed', () => {
    let log = startClock(at(0), 60);
    log = changeClock(log, at(10), { running: false });
    log = changeClock(log, at(100), { running: true, speed: 30 });
    expect(wallTimeAt(log, 5 * 60_000)).toBe(at(5));
    expect(wallTimeAt(log, 10 * 60_000)).toBe(at(10));
    expect(wallTimeAt(log, 11 * 60_000)).toBe(at(102));
    // 72 exercise hours at x30: 10 minutes passed, 4310 minutes to go = 8620 s.
    expect(wallTimeAt(log, 72 * 3_600_000)).toBe(at(100 + 8620));
    const paused = changeClock(log, at(110), { running: false });
    expect(wallTimeAt(paused, 72 * 3_600_000)).toBeNull();
  });
});
