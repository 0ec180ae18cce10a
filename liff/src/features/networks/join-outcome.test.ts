import { joinOutcomeMessage } from './join-outcome';

describe('telling the person how joining went', () => {
  it('names the network when they are in', () => {
    expect(joinOutcomeMessage('joined', 'ครูแกนนำวิทยาศาสตร์')).toBe('เข้าร่วม “ครูแกนนำวิทยาศาสตร์” เรียบร้อยแล้วค่ะ');
    expect(joinOutcomeMessage('already-member', 'ชุมชนครูปฐมวัย')).toContain('อยู่แล้ว');
  });

  it('When the network needs approval, then the request waits for the coordinator', () => {
    expect(joinOutcomeMessage('pending', 'x')).toBe('ส่งคำขอแล้ว รอผู้ประสานงานอนุมัติค่ะ');
    expect(joinOutcomeMessage('already-pending', 'x')).toContain('รอผู้ประสานงานอนุมัติ');
  });
});
