import { myStatus } from './membership-status';

describe('the status shown on my networks', () => {
  it('shows a request waiting for approval, a member, and a coordinator', () => {
    expect(myStatus({ role: 'member', status: 'pending' })).toBe('pending');
    expect(myStatus({ role: 'member', status: 'active' })).toBe('member');
    expect(myStatus({ role: 'coordinator', status: 'active' })).toBe('coordinator');
  });
});
