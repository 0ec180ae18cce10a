// Renders LINE message objects as readable HTML: text, stickers, images, templates; Flex goes to render-flex.js.
import { renderFlex } from './render-flex.js';

/** Small DOM builder; text always goes through textContent so bot content cannot inject HTML. */
export function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') node.textContent = String(v);
    else if (k === 'style') Object.assign(node.style, v);
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of [].concat(children)) if (c) node.append(c);
  return node;
}

/** A button that performs a LINE action (postback, message, uri, …) through `onAction`. */
export function actionButton(action, onAction, className = '') {
  const label = action?.label || action?.text || action?.uri || 'ปุ่ม';
  return el('button', { type: 'button', class: className, text: label, onclick: () => onAction(action) });
}

function actions(list, onAction, row = false) {
  return el(
    'div',
    { class: row ? 'actions row' : 'actions' },
    (list || []).map((a) => actionButton(a, onAction, 'secondary')),
  );
}

function clickable(node, action, onAction) {
  if (!action) return node;
  node.setAttribute('data-clickable', '');
  node.setAttribute('role', 'button');
  node.setAttribute('tabindex', '0');
  if (action.label) node.setAttribute('aria-label', action.label);
  node.addEventListener('click', (e) => {
    e.stopPropagation();
    onAction(action);
  });
  node.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onAction(action);
    }
  });
  return node;
}

function column(col, onAction) {
  return clickable(
    el('div', { class: 'msg card' }, [
      col.thumbnailImageUrl && el('img', { src: col.thumbnailImageUrl, alt: '' }),
      el('div', { class: 'card-body' }, [col.title && el('h3', { text: col.title }), el('p', { text: col.text, style: { margin: 0 } })]),
      actions(col.actions, onAction),
    ]),
    col.defaultAction,
    onAction,
  );
}

function renderTemplate(t, onAction) {
  switch (t?.type) {
    case 'buttons':
      return column(t, onAction);
    case 'confirm':
      return el('div', { class: 'msg card confirm' }, [
        el('div', { class: 'card-body', text: t.text }),
        actions(t.actions, onAction, true),
      ]);
    case 'carousel':
      return el(
        'div',
        { class: 'scroller', role: 'group', 'aria-label': 'การ์ดเลื่อนได้' },
        t.columns.map((c) => column(c, onAction)),
      );
    case 'image_carousel':
      return el(
        'div',
        { class: 'scroller' },
        t.columns.map((c) =>
          clickable(
            el('div', { class: 'msg card' }, [el('img', { src: c.imageUrl, alt: c.action?.label || 'รูปภาพ' })]),
            c.action,
            onAction,
          ),
        ),
      );
    default:
      return el('p', { class: 'msg', text: `แม่แบบชนิด ${t?.type}` });
  }
}

/** One message object as a node. */
export function renderMessage(m, onAction) {
  switch (m.type) {
    case 'text':
      return el('p', { class: 'msg', text: m.text });
    case 'sticker':
      return el('p', { class: 'msg', text: `🧸 สติกเกอร์ (${m.packageId}/${m.stickerId})` });
    case 'image':
      return el('div', { class: 'msg card' }, [el('img', { src: m.previewImageUrl, alt: 'รูปภาพจากบอท' })]);
    case 'location':
      return el('p', { class: 'msg', text: `📍 ${m.title}\n${m.address}` });
    case 'template':
      return renderTemplate(m.template, onAction);
    case 'flex':
      return renderFlex(m.contents, onAction, clickable, el);
    case 'event':
      return el('p', { class: 'msg', text: m.event === 'follow' ? 'เพิ่มบอทเป็นเพื่อนแล้ว' : m.event === 'unfollow' ? 'บล็อกบอทแล้ว' : m.event });
    default:
      return el('p', { class: 'msg', text: `ข้อความชนิด ${m.type} (${m.altText || 'ไม่มีข้อความแทน'})` });
  }
}

/** A chat entry (from the person or the bot) as a list item, with its JSON behind a toggle. */
export function renderEntry(entry, people, onAction) {
  const mine = entry.from === 'user';
  const isEvent = entry.message.type === 'event';
  const who = mine
    ? (people.get(entry.userId)?.displayName ?? 'คุณ')
    : `บอท (${{ reply: 'ตอบกลับ', push: 'ส่งถึง', multicast: 'ส่งหลายคน' }[entry.how] ?? entry.how})`;
  const time = new Date(entry.time).toLocaleTimeString('th-TH', { hour: '2-digit', minute: '2-digit' });
  const li = el('li', { class: isEvent ? 'system' : mine ? 'me' : 'bot' }, [
    el('span', { class: 'who', text: `${who} · ${time}` }),
    renderMessage(entry.message, onAction),
  ]);
  if (!entry.delivered) {
    li.classList.add('undelivered');
    li.append(el('span', { class: 'note', text: 'ไม่ถึงผู้ใช้ (ผู้ใช้บล็อกบอทอยู่)' }));
  }
  if (!mine) {
    li.append(
      el('details', { class: 'json' }, [el('summary', { text: 'ดู JSON' }), el('pre', { text: JSON.stringify(entry.message, null, 2) })]),
    );
  }
  return li;
}
