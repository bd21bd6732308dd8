// Every combination of who holds which role of a chain of up to three: the approval rules never let the author
// approve, never let one person fill two roles, and only a holder signs a role.
import { describe, expect, it } from 'vitest';
import {
  approvalRole,
  isFullyApproved,
  mayReject,
  submissionRole,
  type ApprovalRecord,
} from './approvals.js';

const subsets = <T>(xs: readonly T[]): T[][] =>
  xs.reduce<T[][]>((acc, x) => acc.concat(acc.map((s) => [...s, x])), [[]]);

describe('approval rules over every role combination', () => {
  for (const chain of [
    ['communications_lead'],
    ['communications_lead', 'legal'],
    ['communications_lead', 'legal', 'management'],
  ]) {
    it(`chain ${chain.join(' → ')}`, () => {
      const options = subsets(chain);
      let worlds = 0;
      for (const authorRoles of options)
        for (const bRoles of options)
          for (const cRoles of options) {
            worlds++;
            const held: Record<string, Set<string>> = {
              A: new Set(authorRoles),
              B: new Set(bRoles),
              C: new Set(cRoles),
            };
            const approvals: ApprovalRecord[] = [];
            const byApproval: string[] = [];
            const first = submissionRole(chain, held.A!);
            if (first) approvals.push({ role_id: first, account_id: 'A' });
            let status: 'in_review' | 'approved' = isFullyApproved(chain, approvals)
              ? 'approved'
              : 'in_review';
            for (const actor of ['A', 'B', 'C', 'B', 'C']) {
              const answer = approvalRole({
                status,
                chain,
                approvals,
                authorId: 'A',
                actorId: actor,
                actorRoles: held[actor]!,
              });
              if ('refusal' in answer) continue;
              approvals.push({ role_id: answer.role, account_id: actor });
              byApproval.push(actor);
              if (isFullyApproved(chain, approvals)) status = 'approved';
            }
            expect(byApproval).not.toContain('A');
            const people = approvals.map((a) => a.account_id);
            expect(new Set(people).size).toBe(people.length);
            for (const a of approvals) expect(held[a.account_id]!.has(a.role_id)).toBe(true);
            expect(new Set(approvals.map((a) => a.role_id)).size).toBe(approvals.length);
            expect(status === 'approved').toBe(chain.every((r) => approvals.some((a) => a.role_id === r)));
            // The author can send it back only by editing, never by rejecting their own.
            expect(
              mayReject({
                status: 'in_review',
                chain,
                approvals,
                authorId: 'A',
                actorId: 'A',
                actorRoles: held.A!,
              }),
            ).toBe(false);
          }
      expect(worlds).toBe(options.length ** 3);
    });
  }

  it('names the reason for each refusal', () => {
    const base = { chain: ['communications_lead', 'legal'], authorId: 'A', actorRoles: new Set(['legal']) };
    expect(approvalRole({ ...base, status: 'draft', approvals: [], actorId: 'B' })).toEqual({
      refusal: { code: 'conflict', key: 'message.not_in_review' },
    });
    expect(approvalRole({ ...base, status: 'in_review', approvals: [], actorId: 'A' })).toMatchObject({
      refusal: { key: 'message.self_approval' },
    });
    expect(
      approvalRole({
        ...base,
        status: 'in_review',
        approvals: [{ role_id: 'legal', account_id: 'B' }],
        actorId: 'B',
      }),
    ).toMatchObject({ refusal: { key: 'message.already_signed' } });
    expect(
      approvalRole({ ...base, status: 'in_review', approvals: [], actorId: 'B', roleId: 'hr' }),
    ).toMatchObject({
      refusal: { key: 'message.role_not_in_chain' },
    });
    expect(
      approvalRole({
        ...base,
        status: 'in_review',
        approvals: [],
        actorId: 'B',
        roleId: 'communications_lead',
      }),
    ).toMatchObject({ refusal: { key: 'message.not_role_holder' } });
    expect(approvalRole({ ...base, status: 'in_review', approvals: [], actorId: 'B' })).toEqual({
      role: 'legal',
    });
  });
});
