// The lists the exercises client mirrors from core must hold the same values, and the exercise clock's arithmetic
// (a running clock moves at its speed from the server's reading; a paused or ended one stands still).
import { describe, expect, it, vi } from 'vitest';
import {
  exerciseStatuses,
  expectationKinds,
  expectationOutcomes,
  MAX_SPEED,
  MIN_SPEED,
} from '../../../src/core/api/exercises';
import {
  EXERCISE_STATUSES,
  EXPECTATION_KINDS,
  EXPECTATION_OUTCOMES,
  SPEEDS,
  clockLabel,
  exerciseNow,
  isExerciseEvent,
  offsetLabel,
  reportUrl,
} from './exercises';

vi.mock('./client', () => ({ api: {}, ApiError: class {} }));

describe('exercises client', () => {
  it('mirrors core, in the same order, and offers speeds within its limits', () => {
    expect([...EXERCISE_STATUSES]).toEqual([...exerciseStatuses]);
    expect([...EXPECTATION_OUTCOMES]).toEqual([...expectationOutcomes]);
    expect([...EXPECTATION_KINDS]).toEqual([...expectationKinds]);
    expect(Math.min(...SPEEDS)).toBe(MIN_SPEED);
    expect(Math.max(...SPEEDS)).toBe(MAX_SPEED);
  });

  it('runs the exercise clock at its speed from the server reading, and holds it when paused or ended', () => {
    const reading = { exercise_ms: 600_000, server_now: '2026-12-01T10:00:00.000Z', speed: 60 };
    const later = Date.parse('2026-12-01T10:00:02.000Z');
    expect(exerciseNow({ ...reading, status: 'running' }, later)).toBe(600_000 + 2_000 * 60);
    expect(exerciseNow({ ...reading, status: 'paused' }, later)).toBe(600_000);
    expect(exerciseNow({ ...reading, status: 'ended' }, later)).toBe(600_000);
    // A browser clock behind the server's never runs the exercise backwards.
    expect(exerciseNow({ ...reading, status: 'running' }, later - 10_000)).toBe(600_000);
  });

  it('writes offsets as the scripts do, and the clock with seconds', () => {
    expect(offsetLabel(15 * 60_000)).toBe('+00:15');
    expect(offsetLabel(95 * 60_000 + 59_000)).toBe('+01:35');
    expect(offsetLabel(-5 * 60_000)).toBe('-00:05');
    expect(clockLabel(3_725_000)).toBe('01:02:05');
    expect(clockLabel(-1)).toBe('00:00:00');
  });

  it('knows its events and report addresses', () => {
    expect(isExerciseEvent('exercise.inject')).toBe(true);
    expect(isExerciseEvent('incident.declared')).toBe(false);
    expect(reportUrl('ex 1', 'pdf', 'nl')).toBe('/api/v1/exercises/ex%201/report.pdf?lang=nl');
  });
});
