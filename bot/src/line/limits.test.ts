import { graphemeLength, utf16Length, validateMessages, validateMulticastTo, validateRichMenu, type LimitProblem } from './limits';

const text = (t: string) => ({ type: 'text', text: t });
const postback = (label: string, data = 'a=1') => ({ type: 'postback', label, data });
const buttons = (template: object) => ({ type: 'template', altText: 'alt', template: { type: 'buttons', ...template } });
const bubble = (contents: object[] = []) => ({ type: 'bubble', body: { type: 'box', layout: 'vertical', contents } });
const flex = (contents: object) => ({ type: 'flex', altText: 'alt', contents });
const props = (problems: LimitProblem[]) => problems.map((p) => p.property);
const uid = (n: number) => `U${n.toString(16).padStart(32, '0')}`;

describe('counting like LINE', () => {
  it('When Thai text has combining vowels and tone marks, then each cluster counts as one grapheme', () => {
    expect(graphemeLength('ที่นี่')).toBe(2);
    expect(utf16Length('ที่นี่')).toBe(6);
  });
  it('When text holds an emoji outside the BMP, then it counts 2 UTF-16 units', () => {
    expect(utf16Length('🍎')).toBe(2);
    expect(graphemeLength('🍎')).toBe(1);
  });
});

describe('messages per request', () => {
  it('When 1 to 5 valid messages are sent, then there is no problem', () => {
    expect(validateMessages([text('สวัสดี')])).toEqual([]);
    expect(validateMessages(Array.from({ length: 5 }, () => text('x')))).toEqual([]);
  });
  it('When 0 or 6 messages are sent, then `messages` is refused', () => {
    expect(props(validateMessages([]))).toEqual(['messages']);
    expect(props(validateMessages(Array.from({ length: 6 }, () => text('x'))))).toEqual(['messages']);
  });
  it('When a message type is unknown, then its type is refused', () => {
    expect(props(validateMessages([{ type: 'hologram' }]))).toEqual(['messages[0].type']);
  });
});

describe('text message', () => {
  it('When text is 5,000 UTF-16 units, then it passes; at 5,001, then messages[0].text is refused', () => {
    expect(validateMessages([text('ก'.repeat(5000))])).toEqual([]);
    expect(validateMessages([text('ก'.repeat(5001))])).toEqual([
      { property: 'messages[0].text', message: 'Length must be between 0 and 5000' },
    ]);
  });
  it('When text is empty or missing, then it is refused', () => {
    expect(props(validateMessages([text('')]))).toEqual(['messages[0].text']);
    expect(props(validateMessages([{ type: 'text' }]))).toEqual(['messages[0].text']);
  });
});

describe('alt text', () => {
  it('When a template has no altText or more than 400, then altText is refused', () => {
    const t = buttons({ text: 'x', actions: [postback('ok')] });
    expect(validateMessages([t])).toEqual([]);
    expect(props(validateMessages([{ ...t, altText: undefined }]))).toEqual(['messages[0].altText']);
    expect(props(validateMessages([{ ...t, altText: 'a'.repeat(401) }]))).toEqual(['messages[0].altText']);
  });
  it('When a Flex message has altText of 1,501, then altText is refused', () => {
    expect(validateMessages([flex(bubble())])).toEqual([]);
    expect(props(validateMessages([{ ...flex(bubble()), altText: 'a'.repeat(1501) }]))).toEqual(['messages[0].altText']);
  });
});

describe('quick reply and actions', () => {
  const withQuick = (items: object[]) => ({ ...text('เลือก'), quickReply: { items } });
  const item = (action: object) => ({ type: 'action', action });
  it('When there are 13 items, then it passes; at 14, then items is refused', () => {
    const items = Array.from({ length: 14 }, (_, i) => item(postback(`ข้อ ${i}`)));
    expect(validateMessages([withQuick(items.slice(0, 13))])).toEqual([]);
    expect(props(validateMessages([withQuick(items)]))).toEqual(['messages[0].quickReply.items']);
  });
  it('When a Thai label has 20 graphemes (more UTF-16 units), then it passes; at 21, then label is refused', () => {
    const twenty = 'ที่'.repeat(20);
    expect(validateMessages([withQuick([item(postback(twenty))])])).toEqual([]);
    expect(props(validateMessages([withQuick([item(postback(twenty + 'ก'))])]))).toEqual(['messages[0].quickReply.items[0].action.label']);
  });
  it('When a quick reply label is missing, then it is refused (but not for camera)', () => {
    expect(props(validateMessages([withQuick([item({ type: 'message', text: 'x' })])]))).toEqual([
      'messages[0].quickReply.items[0].action.label',
    ]);
    expect(validateMessages([withQuick([item({ type: 'camera' })])])).toEqual([]);
  });
  it('When postback data or displayText exceed 300, then each is refused', () => {
    const a = { ...postback('ok', 'd'.repeat(301)), displayText: 'x'.repeat(301) };
    expect(props(validateMessages([withQuick([item(a)])]))).toEqual([
      'messages[0].quickReply.items[0].action.data',
      'messages[0].quickReply.items[0].action.displayText',
    ]);
  });
  it('When a message action text exceeds 300, then text is refused', () => {
    const a = { type: 'message', label: 'ok', text: 'x'.repeat(301) };
    expect(props(validateMessages([withQuick([item(a)])]))).toEqual(['messages[0].quickReply.items[0].action.text']);
  });
  it('When a URI is longer than 1,000 or uses another scheme, then uri is refused', () => {
    const ok = ['https://a.th/x', 'http://127.0.0.1:3000/liff', 'line://ti/p/@x', 'tel:021234567'];
    for (const uri of ok) expect(validateMessages([withQuick([item({ type: 'uri', label: 'ไป', uri })])])).toEqual([]);
    for (const uri of ['javascript:alert(1)', 'ftp://x', `https://a.th/${'x'.repeat(1000)}`]) {
      expect(props(validateMessages([withQuick([item({ type: 'uri', label: 'ไป', uri })])]))).toEqual([
        'messages[0].quickReply.items[0].action.uri',
      ]);
    }
  });
});

describe('templates', () => {
  it('When a buttons template has a 41-grapheme title, then title is refused', () => {
    expect(props(validateMessages([buttons({ title: 'ก'.repeat(41), text: 'x', actions: [postback('a')] })]))).toEqual([
      'messages[0].template.title',
    ]);
  });
  it('When buttons text is 160 without title, then it passes; with a title only 60 are allowed', () => {
    expect(validateMessages([buttons({ text: 'ก'.repeat(160), actions: [postback('a')] })])).toEqual([]);
    expect(props(validateMessages([buttons({ text: 'ก'.repeat(161), actions: [postback('a')] })]))).toEqual(['messages[0].template.text']);
    expect(props(validateMessages([buttons({ title: 'หัว', text: 'ก'.repeat(61), actions: [postback('a')] })]))).toEqual([
      'messages[0].template.text',
    ]);
    const img = { thumbnailImageUrl: 'https://a.th/i.png', text: 'ก'.repeat(61), actions: [postback('a')] };
    expect(props(validateMessages([buttons(img)]))).toEqual(['messages[0].template.text']);
  });
  it('When buttons have 5 actions or a 21-grapheme label, then they are refused', () => {
    const five = Array.from({ length: 5 }, () => postback('a'));
    expect(props(validateMessages([buttons({ text: 'x', actions: five })]))).toEqual(['messages[0].template.actions']);
    expect(props(validateMessages([buttons({ text: 'x', actions: [postback('ก'.repeat(21))] })]))).toEqual([
      'messages[0].template.actions[0].label',
    ]);
  });
  it('When a confirm has 241 graphemes or not exactly 2 actions, then it is refused', () => {
    const confirm = (t: string, actions: object[]) => ({ type: 'template', altText: 'a', template: { type: 'confirm', text: t, actions } });
    expect(validateMessages([confirm('ยืนยัน?', [postback('ใช่'), postback('ไม่')])])).toEqual([]);
    expect(props(validateMessages([confirm('ก'.repeat(241), [postback('ใช่'), postback('ไม่')])]))).toEqual(['messages[0].template.text']);
    expect(props(validateMessages([confirm('x', [postback('ใช่')])]))).toEqual(['messages[0].template.actions']);
  });
  it('When a carousel has 11 columns, then columns is refused', () => {
    const col = { text: 'x', actions: [postback('a')] };
    const carousel = (n: number) => ({ type: 'template', altText: 'a', template: { type: 'carousel', columns: Array(n).fill(col) } });
    expect(validateMessages([carousel(10)])).toEqual([]);
    expect(props(validateMessages([carousel(11)]))).toEqual(['messages[0].template.columns']);
  });
});

describe('flex', () => {
  const button = (label: string) => ({ type: 'button', action: { type: 'postback', label, data: 'x' } });
  it('When a bubble JSON is over 30 KB, then the contents are refused', () => {
    const big = bubble([{ type: 'text', text: 'x'.repeat(31_000) }]);
    expect(props(validateMessages([flex(big)]))).toEqual(['messages[0].contents']);
  });
  it('When Thai text makes a bubble over 30 KB in UTF-8 bytes (not characters), then it is refused', () => {
    const big = bubble([{ type: 'text', text: 'ก'.repeat(10_500) }]);
    expect(props(validateMessages([flex(big)]))).toEqual(['messages[0].contents']);
  });
  it('When a carousel has 13 bubbles or is over 50 KB, then it is refused', () => {
    const carousel = (bubbles: object[]) => flex({ type: 'carousel', contents: bubbles });
    expect(validateMessages([carousel(Array(12).fill(bubble()))])).toEqual([]);
    expect(props(validateMessages([carousel(Array(13).fill(bubble()))]))).toEqual(['messages[0].contents.contents']);
    const mid = bubble([{ type: 'text', text: 'x'.repeat(20_000) }]);
    expect(props(validateMessages([carousel([mid, mid, mid])]))).toEqual(['messages[0].contents']);
  });
  it('When a Flex button label is 40 graphemes, then it passes; at 41, then it is refused', () => {
    expect(validateMessages([flex(bubble([button('ก'.repeat(40))]))])).toEqual([]);
    expect(props(validateMessages([flex(bubble([button('ก'.repeat(41))]))]))).toEqual([
      'messages[0].contents.body.contents[0].action.label',
    ]);
  });
});

describe('multicast recipients', () => {
  it('When 1 to 500 user ids are given, then they pass; 0 or 501 are refused', () => {
    expect(validateMulticastTo([uid(1)])).toEqual([]);
    expect(validateMulticastTo(Array.from({ length: 500 }, (_, i) => uid(i)))).toEqual([]);
    expect(props(validateMulticastTo([]))).toEqual(['to']);
    expect(props(validateMulticastTo(Array.from({ length: 501 }, (_, i) => uid(i))))).toEqual(['to']);
  });
  it('When a recipient is not a user id, then that entry is refused', () => {
    expect(props(validateMulticastTo([uid(1), 'Cgroup']))).toEqual(['to[1]']);
  });
});

describe('rich menu', () => {
  const area = { bounds: { x: 0, y: 0, width: 100, height: 100 }, action: { type: 'postback', data: 'm=1' } };
  const menu = { size: { width: 2500, height: 843 }, selected: true, name: 'หลัก', chatBarText: 'เมนู', areas: [area] };
  it('When the menu is within limits, then there is no problem', () => {
    expect(validateRichMenu(menu)).toEqual([]);
  });
  it('When width, height or their ratio are out of range, then size is refused', () => {
    expect(props(validateRichMenu({ ...menu, size: { width: 700, height: 250 } }))).toEqual(['size.width']);
    expect(props(validateRichMenu({ ...menu, size: { width: 2501, height: 843 } }))).toEqual(['size.width']);
    expect(props(validateRichMenu({ ...menu, size: { width: 800, height: 249 } }))).toEqual(['size.height']);
    expect(props(validateRichMenu({ ...menu, size: { width: 2500, height: 1725 } }))).toEqual(['size']);
  });
  it('When there are 21 areas, a 15-grapheme chatBarText or a 301 name, then each is refused', () => {
    expect(props(validateRichMenu({ ...menu, areas: Array(21).fill(area) }))).toEqual(['areas']);
    expect(props(validateRichMenu({ ...menu, chatBarText: 'ก'.repeat(15) }))).toEqual(['chatBarText']);
    expect(props(validateRichMenu({ ...menu, name: 'n'.repeat(301) }))).toEqual(['name']);
  });
  it('When an area sticks out of the menu, then its bounds are refused', () => {
    const out = { ...area, bounds: { x: 2400, y: 0, width: 200, height: 100 } };
    expect(props(validateRichMenu({ ...menu, areas: [out] }))).toEqual(['areas[0].bounds']);
  });
});
