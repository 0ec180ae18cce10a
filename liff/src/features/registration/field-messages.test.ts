import { fieldMessage, formFieldOf } from './field-messages';

describe('Thai error messages under the registration fields', () => {
  it('says what to fill in, per field and per kind of problem', () => {
    expect(fieldMessage('firstName', { type: 'too_small' })).toBe('กรุณากรอกชื่อ');
    expect(fieldMessage('firstName', { type: 'too_big' })).toBe('ชื่อยาวเกินไป (ไม่เกิน 80 ตัวอักษร)');
    expect(fieldMessage('schoolCode', { type: 'invalid_type' })).toBe('กรุณาเลือกโรงเรียน');
    expect(fieldMessage('levels', { type: 'too_small' })).toBe('กรุณาเลือกระดับชั้นที่สอนอย่างน้อย 1 ระดับ');
    expect(fieldMessage('phone', { type: 'invalid_format' })).toBe('เบอร์โทรศัพท์ไม่ถูกต้อง (เช่น 0812345678)');
    expect(fieldMessage('title', undefined)).toBeUndefined();
  });

  it("shows the server's own Thai message as it is", () => {
    expect(fieldMessage('schoolCode', { type: 'server', message: 'ไม่พบโรงเรียนที่เลือก' })).toBe('ไม่พบโรงเรียนที่เลือก');
  });

  it('places server field paths on form fields', () => {
    expect(formFieldOf('subjects.2')).toBe('subjects');
    expect(formFieldOf('consents')).toBe('consents.network-contact');
    expect(formFieldOf('consents.network-contact')).toBe('consents.network-contact');
    expect(formFieldOf('somethingElse')).toBeNull();
  });
});
