// How a script's parts refer to each other: unique ids, when injects fire, deadlines, objectives and recipients.
import { isMap, maps, str, strings, type RawMap } from '../plan/raw.js';
import type { ScriptProblem } from './problem.js';
import { offsetMinutes, OFFSET_PATTERN } from './script.js';

/** '+01:05' from 65 minutes. */
export function formatOffset(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `+${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function duplicateIds(script: RawMap, list: 'objectives' | 'injects' | 'expectations'): ScriptProblem[] {
  const first = new Map<string, number>();
  const problems: ScriptProblem[] = [];
  for (const [i, item] of maps(script[list])) {
    const id = str(item.id);
    if (id === undefined) continue;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else
      problems.push({
        path: [list, i, 'id'],
        key: 'duplicate_id',
        params: { id, n: earlier + 1 },
        terms: { noun: `noun.${list}` },
        byNumber: true,
      });
  }
  return problems;
}

function listDuplicates(value: unknown, path: (string | number)[]): ScriptProblem[] {
  const seen = new Set<string>();
  return strings(value).flatMap(([i, v]): ScriptProblem[] => {
    if (!seen.has(v)) return (seen.add(v), []);
    return [{ path: [...path, i], key: 'list_duplicate', params: { value: v } }];
  });
}

const validOffset = (v: unknown): v is string => typeof v === 'string' && OFFSET_PATTERN.test(v);

/** When each inject fires, in minutes from the start, as far as the script says it; problems with `after`. */
function injectTiming(script: RawMap): { minutes: Map<string, number>; problems: ScriptProblem[] } {
  const injects = maps(script.injects);
  const byId = new Map<string, [number, RawMap]>();
  for (const entry of injects) {
    const id = str(entry[1].id);
    if (id !== undefined && !byId.has(id)) byId.set(id, entry);
  }
  const problems: ScriptProblem[] = [];
  for (const [i, inject] of injects) {
    const hasAt = 'at' in inject;
    const hasAfter = 'after' in inject;
    if (hasAt && hasAfter) problems.push({ path: ['injects', i, 'after'], key: 'timing_both', atKey: true });
    if (!hasAt && !hasAfter) problems.push({ path: ['injects', i], key: 'timing_none', whole: true });
    const target = isMap(inject.after) ? str(inject.after.inject) : undefined;
    if (target === undefined) continue;
    if (target === str(inject.id))
      problems.push({ path: ['injects', i, 'after', 'inject'], key: 'after_self' });
    else if (!byId.has(target))
      problems.push({
        path: ['injects', i, 'after', 'inject'],
        key: 'after_unknown',
        params: { id: target },
      });
  }

  const minutes = new Map<string, number>();
  const cyclic = new Set<string>();
  const visit = (id: string, trail: string[]): number | undefined => {
    if (minutes.has(id)) return minutes.get(id);
    const entry = byId.get(id);
    if (!entry) return undefined;
    if (trail.includes(id)) {
      for (const member of trail.slice(trail.indexOf(id))) cyclic.add(member);
      return undefined;
    }
    const inject = entry[1];
    let at: number | undefined;
    if ('at' in inject) at = validOffset(inject.at) ? offsetMinutes(inject.at) : undefined;
    else if (isMap(inject.after) && validOffset(inject.after.offset)) {
      const target = str(inject.after.inject);
      const base = target === undefined || target === id ? undefined : visit(target, [...trail, id]);
      at = base === undefined ? undefined : base + offsetMinutes(inject.after.offset);
    }
    if (at !== undefined) minutes.set(id, at);
    return at;
  };
  for (const id of byId.keys()) visit(id, []);
  if (cyclic.size > 1) {
    const ids = [...cyclic].map((id) => `'${id}'`).join(', ');
    for (const id of cyclic) {
      const [i] = byId.get(id)!;
      problems.push({ path: ['injects', i, 'after', 'inject'], key: 'after_cycle', params: { ids } });
    }
  }
  return { minutes, problems };
}

function validDuration(script: RawMap): number | undefined {
  const d = script.duration_minutes;
  return typeof d === 'number' && Number.isInteger(d) && d >= 5 && d <= 480 ? d : undefined;
}

/** Every problem in how the script's parts fit together (the plan is not needed for these). */
export function scriptProblems(script: RawMap): ScriptProblem[] {
  const problems: ScriptProblem[] = [
    ...duplicateIds(script, 'objectives'),
    ...duplicateIds(script, 'injects'),
    ...duplicateIds(script, 'expectations'),
    ...listDuplicates(script.roles, ['roles']),
  ];
  const roles = new Set(strings(script.roles).map(([, r]) => r));
  const objectives = new Set(maps(script.objectives).flatMap(([, o]) => (str(o.id) ? [str(o.id)!] : [])));
  const duration = validDuration(script);
  const timing = injectTiming(script);
  problems.push(...timing.problems);

  for (const [i, inject] of maps(script.injects)) {
    problems.push(...listDuplicates(inject.to, ['injects', i, 'to']));
    problems.push(...listDuplicates(inject.how, ['injects', i, 'how']));
    if (Array.isArray(script.roles))
      for (const [j, role] of strings(inject.to))
        if (!roles.has(role))
          problems.push({ path: ['injects', i, 'to', j], key: 'to_not_participant', params: { id: role } });
    const at = timing.minutes.get(str(inject.id) ?? '');
    if (duration !== undefined && at !== undefined && at > duration)
      problems.push({
        path: ['injects', i, 'at' in inject ? 'at' : 'after'],
        key: 'inject_after_end',
        params: { time: formatOffset(at), duration },
        atKey: !('at' in inject),
      });
  }

  const incident = isMap(script.incident) ? script.incident : undefined;
  const byFacilitator = incident?.declared_by === 'facilitator';
  if (incident && byFacilitator && !('severity' in incident))
    problems.push({ path: ['incident', 'severity'], key: 'facilitator_needs_severity' });

  for (const [i, expectation] of maps(script.expectations)) {
    if (byFacilitator && expectation.kind === 'incident_declared')
      problems.push({ path: ['expectations', i, 'kind'], key: 'declared_by_facilitator' });
    const objective = str(expectation.objective);
    if (objective !== undefined && Array.isArray(script.objectives) && !objectives.has(objective))
      problems.push({
        path: ['expectations', i, 'objective'],
        key: 'objective_unknown',
        params: { id: objective, ids: [...objectives].join(', ') },
      });
    const deadline = expectation.deadline;
    let due: number | undefined;
    if (validOffset(deadline)) due = offsetMinutes(deadline);
    else if (isMap(deadline) && typeof deadline.inject === 'string' && validOffset(deadline.offset)) {
      const known = maps(script.injects).some(([, inj]) => inj.id === deadline.inject);
      if (!known)
        problems.push({
          path: ['expectations', i, 'deadline', 'inject'],
          key: 'deadline_inject_unknown',
          params: { id: deadline.inject },
        });
      const base = timing.minutes.get(deadline.inject);
      due = base === undefined ? undefined : base + offsetMinutes(deadline.offset);
    }
    if (duration !== undefined && due !== undefined && due > duration)
      problems.push({
        path: ['expectations', i, 'deadline'],
        key: 'deadline_after_end',
        params: { time: formatOffset(due), duration },
        atKey: true,
      });
  }
  return problems;
}
