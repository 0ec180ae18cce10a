// Pure definitions of the three role menus: tiles (icon, Thai texts, action) laid out as LINE rich menu objects.
import type { messagingApi } from '@line/bot-sdk';
import { CHAT_BAR_TEXT, MENU_COMMANDS, TILE_TEXT } from './th';
import type { IconName } from './icons';

export const RICH_MENU_ROLES = ['teacher', 'coordinator', 'supervisor'] as const;
export type RichMenuRole = (typeof RICH_MENU_ROLES)[number];

/**
 * Full height (2500×1686) rather than compact (2500×843): six tiles need an icon, a title and a caption
 * each, and a compact tile (833×421) would leave Thai captions too small to read on a phone.
 */
export const MENU_SIZE = { width: 2500, height: 1686 } as const;
export const GRID = { columns: 3, rows: 2 } as const;

export type TileAction = messagingApi.URIAction | messagingApi.MessageAction;

export interface Tile {
  icon: IconName;
  title: string;
  caption: string;
  action: TileAction;
}

export interface MenuTheme {
  /** Icon disc and accent bar; white icons on it must stay readable (contrast ≥ 4.5:1). */
  accent: string;
}

export interface MenuSpec {
  role: RichMenuRole;
  chatBarText: string;
  theme: MenuTheme;
  /** Row by row, left to right: exactly GRID.columns × GRID.rows. */
  tiles: Tile[];
}

type TileKey = keyof typeof TILE_TEXT;

function uriTile(key: TileKey, icon: IconName, uri: string): Tile {
  const t = TILE_TEXT[key];
  return { icon, title: t.title, caption: t.caption, action: { type: 'uri', label: t.label, uri } };
}

function messageTile(key: TileKey & keyof typeof MENU_COMMANDS, icon: IconName): Tile {
  const t = TILE_TEXT[key];
  return { icon, title: t.title, caption: t.caption, action: { type: 'message', label: t.label, text: MENU_COMMANDS[key] } };
}

/** The three menus; `liffUrl` is the config's LIFF_URL (no trailing slash needed). */
export function menuSpecs(liffUrl: string): Record<RichMenuRole, MenuSpec> {
  const liff = (path: string) => `${liffUrl.replace(/\/+$/, '')}${path}`;
  const seminars = messageTile('seminars', 'calendar');
  const help = messageTile('help', 'help');
  const myNetworks = messageTile('myNetworks', 'network');
  const myProfile = uriTile('myProfile', 'person', liff('/register'));
  const joinRequests = messageTile('joinRequests', 'person-add');
  return {
    teacher: {
      role: 'teacher',
      chatBarText: CHAT_BAR_TEXT.teacher,
      theme: { accent: '#047857' },
      tiles: [
        uriTile('register', 'person', liff('/register')),
        myNetworks,
        messageTile('findNetworks', 'search'),
        messageTile('joinByCode', 'key'),
        seminars,
        help,
      ],
    },
    coordinator: {
      role: 'coordinator',
      chatBarText: CHAT_BAR_TEXT.coordinator,
      theme: { accent: '#1D4ED8' },
      tiles: [myProfile, myNetworks, uriTile('manageNetworks', 'gear', liff('/networks/manage')), joinRequests, seminars, help],
    },
    supervisor: {
      role: 'supervisor',
      chatBarText: CHAT_BAR_TEXT.supervisor,
      theme: { accent: '#6D28D9' },
      tiles: [
        uriTile('overview', 'chart', liff('/supervisor')),
        uriTile('dataQuality', 'check', liff('/supervisor/data-quality')),
        uriTile('importDirectory', 'import', liff('/directory')),
        joinRequests,
        myProfile,
        help,
      ],
    },
  };
}

/** Pixel bounds of tile `i`: columns split 833/833/834 so the grid covers the whole image. */
export function tileBounds(i: number): { x: number; y: number; width: number; height: number } {
  const col = i % GRID.columns;
  const row = Math.floor(i / GRID.columns);
  const x = Math.round((col * MENU_SIZE.width) / GRID.columns);
  const y = Math.round((row * MENU_SIZE.height) / GRID.rows);
  const width = Math.round(((col + 1) * MENU_SIZE.width) / GRID.columns) - x;
  const height = Math.round(((row + 1) * MENU_SIZE.height) / GRID.rows) - y;
  return { x, y, width, height };
}

/** The rich menu object sent to `POST /v2/bot/richmenu`; `name` carries the content hash (see setup.ts). */
export function toRichMenuRequest(spec: MenuSpec, name: string): messagingApi.RichMenuRequest {
  return {
    size: { ...MENU_SIZE },
    selected: true,
    name,
    chatBarText: spec.chatBarText,
    areas: spec.tiles.map((tile, i) => ({ bounds: tileBounds(i), action: tile.action })),
  };
}

export const aliasIdFor = (role: RichMenuRole) => `nithet-${role}`;
