// Links between the pages a person uses, at the foot of a page (the LINE rich menu opens the main ones).
import { AppLink } from './app-link';
import { th } from '../i18n/th';

export interface NavItem {
  to: string;
  label: string;
}

export function AppNav({ items }: { items: readonly NavItem[] }) {
  return (
    <nav className="app-nav" aria-label={th.nav.label}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <AppLink to={item.to} className="nav-link">
              {item.label}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
