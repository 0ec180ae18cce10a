// The rich menus the bot created, their images, aliases, default menu and per-user links.
import { hexId } from './ids';

export interface StoredRichMenu {
  richMenuId: string;
  menu: Record<string, unknown>;
  image?: { contentType: string; bytes: Buffer };
}

export class RichMenuStore {
  readonly menus = new Map<string, StoredRichMenu>();
  readonly aliases = new Map<string, string>();
  readonly userLinks = new Map<string, string>();
  defaultMenuId: string | undefined;

  create(menu: Record<string, unknown>): string {
    const richMenuId = hexId('richmenu-');
    this.menus.set(richMenuId, { richMenuId, menu });
    return richMenuId;
  }

  /** The rich menu as LINE lists it: its fields plus its id. */
  view(id: string): Record<string, unknown> | undefined {
    const m = this.menus.get(id);
    return m && { richMenuId: m.richMenuId, ...m.menu };
  }

  delete(id: string): boolean {
    if (!this.menus.delete(id)) return false;
    if (this.defaultMenuId === id) this.defaultMenuId = undefined;
    for (const [user, menu] of this.userLinks) if (menu === id) this.userLinks.delete(user);
    for (const [alias, menu] of this.aliases) if (menu === id) this.aliases.delete(alias);
    return true;
  }

  /** The menu a person sees: their own link first, else the default. */
  shownTo(userId: string): StoredRichMenu | undefined {
    const id = this.userLinks.get(userId) ?? this.defaultMenuId;
    return id === undefined ? undefined : this.menus.get(id);
  }

  reset(): void {
    this.menus.clear();
    this.aliases.clear();
    this.userLinks.clear();
    this.defaultMenuId = undefined;
  }
}
