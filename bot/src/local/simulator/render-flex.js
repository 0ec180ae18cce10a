// Renders Flex Message bubbles and carousels (boxes, texts, buttons, images) approximately like LINE does.
const SPACING = { none: '0', xs: '2px', sm: '4px', md: '8px', lg: '12px', xl: '16px', xxl: '20px' };
const TEXT_SIZE = {
  xxs: '0.65rem',
  xs: '0.75rem',
  sm: '0.85rem',
  md: '1rem',
  lg: '1.1rem',
  xl: '1.25rem',
  xxl: '1.45rem',
  '3xl': '1.7rem',
  '4xl': '2.1rem',
  '5xl': '2.5rem',
};
const IMAGE_SIZE = {
  xxs: '2.5rem',
  xs: '3.75rem',
  sm: '4.5rem',
  md: '6rem',
  lg: '7.5rem',
  xl: '8.75rem',
  xxl: '10rem',
  '3xl': '11.25rem',
  '4xl': '12.5rem',
  '5xl': '15rem',
  full: '100%',
};

const space = (v) => (v === undefined ? undefined : (SPACING[v] ?? v));

function common(node, c) {
  const s = node.style;
  if (c.flex !== undefined) s.flex = String(c.flex);
  if (c.margin) s.marginTop = space(c.margin);
  if (c.backgroundColor) s.backgroundColor = c.backgroundColor;
  if (c.align) s.textAlign = c.align === 'start' ? 'left' : c.align === 'end' ? 'right' : 'center';
  if (c.gravity) s.alignSelf = { top: 'flex-start', center: 'center', bottom: 'flex-end' }[c.gravity];
  for (const side of ['paddingAll', 'paddingTop', 'paddingBottom', 'paddingStart', 'paddingEnd']) {
    if (!c[side]) continue;
    const prop = {
      paddingAll: 'padding',
      paddingTop: 'paddingTop',
      paddingBottom: 'paddingBottom',
      paddingStart: 'paddingLeft',
      paddingEnd: 'paddingRight',
    }[side];
    s[prop] = space(c[side]);
  }
  if (c.cornerRadius) s.borderRadius = space(c.cornerRadius);
  if (c.borderWidth) {
    s.borderStyle = 'solid';
    s.borderWidth =
      c.borderWidth === 'light'
        ? '0.5px'
        : c.borderWidth === 'normal'
          ? '1px'
          : c.borderWidth === 'medium'
            ? '2px'
            : c.borderWidth === 'bold'
              ? '3px'
              : c.borderWidth;
  }
  if (c.borderColor) s.borderColor = c.borderColor;
  if (c.width) s.width = c.width;
  if (c.height) s.height = c.height;
  return node;
}

function component(c, ctx) {
  const { el, clickable, onAction } = ctx;
  switch (c.type) {
    case 'box': {
      const node = el(
        'div',
        {
          class: 'flex-box',
          style: {
            flexDirection: c.layout === 'vertical' ? 'column' : 'row',
            alignItems: c.layout === 'baseline' ? 'baseline' : c.alignItems,
            justifyContent: c.justifyContent,
            gap: space(c.spacing),
          },
        },
        (c.contents || []).map((child) => component(child, ctx)),
      );
      return clickable(common(node, c), c.action, onAction);
    }
    case 'text': {
      const spans = (c.contents || []).map((sp) =>
        el('span', {
          text: sp.text,
          style: { color: sp.color, fontWeight: sp.weight === 'bold' ? '700' : undefined, fontSize: TEXT_SIZE[sp.size] },
        }),
      );
      const node = el(
        'p',
        {
          class: c.wrap ? 'flex-text' : 'flex-text nowrap',
          style: {
            fontSize: TEXT_SIZE[c.size] ?? c.size,
            fontWeight: c.weight === 'bold' ? '700' : undefined,
            color: c.color,
            fontStyle: c.style === 'italic' ? 'italic' : undefined,
            textDecoration: c.decoration === 'none' ? undefined : c.decoration,
          },
        },
        spans.length ? spans : [document.createTextNode(c.text ?? '')],
      );
      return clickable(common(node, c), c.action, onAction);
    }
    case 'button': {
      const style = c.style || 'link';
      const node = el('button', {
        type: 'button',
        class: `flex-button ${style}`,
        text: c.action?.label ?? 'ปุ่ม',
        onclick: () => onAction(c.action),
      });
      if (style === 'primary' && c.color) {
        node.style.background = c.color;
        node.style.borderColor = c.color;
      }
      return common(node, c);
    }
    case 'image': {
      const node = el('img', {
        class: 'flex-image',
        src: c.url,
        alt: c.altText ?? '',
        style: {
          width: IMAGE_SIZE[c.size] ?? c.size ?? IMAGE_SIZE.md,
          aspectRatio: c.aspectRatio ? c.aspectRatio.replace(':', ' / ') : undefined,
          objectFit: c.aspectMode === 'fit' ? 'contain' : 'cover',
        },
      });
      return clickable(common(node, c), c.action, onAction);
    }
    case 'icon':
      return el('img', { class: 'flex-icon', src: c.url, alt: '' });
    case 'separator':
      return common(el('hr', { class: 'flex-sep', style: { borderTopColor: c.color } }), c);
    case 'filler':
    case 'spacer':
      return el('div', { style: { flex: String(c.flex ?? 1), minHeight: c.size ? space(c.size) : undefined } });
    case 'video':
      return el('img', { class: 'flex-image', src: c.previewUrl, alt: c.altContent?.altText ?? 'วิดีโอ' });
    default:
      return el('p', { class: 'flex-text', text: `[${c.type}]` });
  }
}

function bubble(b, ctx) {
  const styles = b.styles || {};
  const blocks = ['header', 'hero', 'body', 'footer']
    .filter((k) => b[k])
    .map((k) => {
      const block = ctx.el('div', { class: `flex-block ${k}`, style: { backgroundColor: styles[k]?.backgroundColor } }, [
        component(b[k], ctx),
      ]);
      if (styles[k]?.separator) block.style.borderTop = `1px solid ${styles[k].separatorColor || '#c9ced4'}`;
      return block;
    });
  const node = ctx.el('div', { class: `msg card flex-bubble ${b.size || 'mega'}` }, blocks);
  return ctx.clickable(node, b.action, ctx.onAction);
}

/** Flex `contents` (a bubble or a carousel) as a node. */
export function renderFlex(contents, onAction, clickable, el) {
  const ctx = { el, clickable, onAction };
  if (contents?.type === 'carousel') {
    return el(
      'div',
      { class: 'scroller', role: 'group', 'aria-label': 'การ์ดเลื่อนได้' },
      contents.contents.map((b) => bubble(b, ctx)),
    );
  }
  return bubble(contents || {}, ctx);
}
