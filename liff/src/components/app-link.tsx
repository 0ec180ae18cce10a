// In-app link: a real href (works with a new tab or no JS) that navigates without a reload.
import type { MouseEvent, ReactNode } from 'react';
import { hrefOf, navigate } from '../lib/navigation';

export function AppLink({ to, className, children }: { to: string; className?: string; children: ReactNode }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={hrefOf(to)} className={className} onClick={onClick}>
      {children}
    </a>
  );
}
