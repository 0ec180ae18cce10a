// Simulator page logic: pick a person, poll their chat, act as them (text, sticker, follow, buttons, LIFF links).
import { el, renderEntry, actionButton } from './render.js';

const $ = (id) => document.getElementById(id);
const state = { people: new Map(), userId: '', lastSeq: 0, entries: [], timer: 0, signature: '' };

async function api(path, body) {
  const res = await fetch(
    `/__sim${path}`,
    body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return res.json();
}

function notice(text) {
  $('notice').textContent = text;
}

async function loadPeople() {
  const { users } = await api('/users');
  state.people = new Map(users.map((u) => [u.userId, u]));
  const select = $('person');
  const signature = JSON.stringify(users);
  // Rebuilding the options while someone has the list open would close it under them.
  if (signature !== state.signature) {
    state.signature = signature;
    select.replaceChildren(
      ...users.map((u) => el('option', { value: u.userId, text: u.role ? `${u.displayName} – ${u.role}` : u.displayName })),
    );
  }
  const chosen = state.userId || new URLSearchParams(location.hash.slice(1)).get('user') || users[0]?.userId || '';
  select.value = chosen;
  state.userId = select.value;
  showFriendship();
}

function showFriendship() {
  const me = state.people.get(state.userId);
  $('friend-status').textContent = me ? (me.following ? 'เป็นเพื่อนกับบอทแล้ว' : 'ยังไม่ได้เป็นเพื่อน / บล็อกอยู่') : '';
  $('follow').disabled = Boolean(me?.following);
  $('unfollow').disabled = !me?.following;
}

/** Sends an event as the chosen person; the bot's answers arrive through polling. */
async function send(event) {
  if (!state.userId) return;
  notice('');
  try {
    const result = await api(`/users/${state.userId}/events`, event);
    if (result.status < 200 || result.status >= 300) notice(`บอทตอบ webhook ด้วยสถานะ ${result.status}: ${result.body.slice(0, 200)}`);
  } catch (err) {
    notice(`ส่งไม่สำเร็จ: ${err.message}`);
  }
  if (event.type === 'follow' || event.type === 'unfollow') await loadPeople();
  await poll();
}

function askDatetime(action) {
  const sample = { date: '2026-01-31', time: '09:00', datetime: '2026-01-31T09:00' }[action.mode];
  const value = prompt(
    `เลือก${{ date: 'วันที่', time: 'เวลา', datetime: 'วันและเวลา' }[action.mode] ?? ''} (${sample})`,
    action.initial ?? sample,
  );
  return value ? { [action.mode]: value } : undefined;
}

/** What pressing a button does, like the LINE app would. */
async function onAction(action) {
  if (!action) return;
  switch (action.type) {
    case 'postback':
      return send({ type: 'postback', data: action.data, displayText: action.displayText ?? action.text });
    case 'datetimepicker': {
      const params = askDatetime(action);
      return params && send({ type: 'postback', data: action.data, params });
    }
    case 'message':
      return send({ type: 'message', text: action.text });
    case 'uri':
      return openUri(action.uri);
    default:
      notice(`เครื่องจำลองยังไม่รองรับปุ่มชนิด ${action.type}`);
  }
}

async function openUri(uri) {
  if (!/^https?:/i.test(uri)) return notice(`ลิงก์ ${uri} เปิดได้เฉพาะในโทรศัพท์`);
  const { url, asPerson } = await api(`/users/${state.userId}/open-uri`, { uri });
  $('panel-person').textContent = asPerson ? (state.people.get(state.userId)?.displayName ?? '') : '(ลิงก์ภายนอก)';
  $('panel-frame').src = url;
  $('panel-newtab').href = url;
  $('panel').hidden = false;
  $('panel-close').focus();
}

function renderQuickReply() {
  const last = state.entries.at(-1);
  const items = last?.from === 'bot' ? (last.message.quickReply?.items ?? []) : [];
  $('quick').replaceChildren(...items.map((it) => actionButton(it.action, onAction)));
}

async function renderRichMenu() {
  const { richMenu } = await api(`/users/${state.userId}/rich-menu`);
  const section = $('rich-menu');
  section.hidden = !richMenu;
  if (!richMenu) return;
  $('rich-menu-title').textContent = `ริชเมนู: ${richMenu.chatBarText}`;
  const box = $('rich-menu-areas');
  box.style.aspectRatio = `${richMenu.size.width} / ${richMenu.size.height}`;
  box.style.backgroundImage = `url(${richMenu.imageUrl})`;
  const pct = (v, total) => `${(100 * v) / total}%`;
  box.replaceChildren(
    ...richMenu.areas.map((a, i) => {
      const label = a.action.label || `พื้นที่ ${i + 1}`;
      const b = actionButton({ ...a.action, label }, onAction);
      // The menu image already shows the label (as in LINE); screen readers get it from aria-label.
      b.setAttribute('aria-label', label);
      b.textContent = '';
      Object.assign(b.style, {
        left: pct(a.bounds.x, richMenu.size.width),
        top: pct(a.bounds.y, richMenu.size.height),
        width: pct(a.bounds.width, richMenu.size.width),
        height: pct(a.bounds.height, richMenu.size.height),
      });
      return b;
    }),
  );
}

async function poll() {
  if (!state.userId) return;
  const userId = state.userId;
  const { entries, loading } = await api(`/chats/${userId}?after=${state.lastSeq}`);
  if (userId !== state.userId) return;
  $('typing').hidden = !loading;
  if (!entries.length) return;
  const log = $('log');
  for (const e of entries) log.append(renderEntry(e, state.people, onAction));
  state.entries.push(...entries);
  state.lastSeq = entries.at(-1).seq;
  log.scrollTop = log.scrollHeight;
  renderQuickReply();
  if (entries.some((e) => e.from === 'bot')) renderRichMenu().catch(() => {});
}

async function switchPerson(userId) {
  state.userId = userId;
  state.lastSeq = 0;
  state.entries = [];
  $('log').replaceChildren();
  $('quick').replaceChildren();
  $('panel').hidden = true;
  history.replaceState(null, '', `#user=${encodeURIComponent(userId)}`);
  showFriendship();
  await Promise.all([poll(), renderRichMenu()]);
}

function wire() {
  $('person').addEventListener('change', (e) => switchPerson(e.target.value));
  $('follow').addEventListener('click', () => send({ type: 'follow' }));
  $('unfollow').addEventListener('click', () => send({ type: 'unfollow' }));
  $('sticker').addEventListener('click', () => send({ type: 'sticker', packageId: '446', stickerId: '1988' }));
  $('panel-close').addEventListener('click', () => {
    $('panel').hidden = true;
    $('panel-frame').src = 'about:blank';
  });
  $('composer').addEventListener('submit', (e) => {
    e.preventDefault();
    const input = $('composer-text');
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    send({ type: 'message', text });
  });
}

async function start() {
  wire();
  await loadPeople();
  await switchPerson(state.userId);
  // Polling (not SSE) keeps the platform stateless about open pages; once a second is plenty for a person.
  state.timer = setInterval(() => poll().catch((err) => notice(`เชื่อมต่อไม่ได้: ${err.message}`)), 1000);
  setInterval(() => loadPeople().catch(() => {}), 5000);
}

start().catch((err) => notice(`เริ่มไม่สำเร็จ: ${err.message}`));
