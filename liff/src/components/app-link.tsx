// In-app link: a real href (works with a new tab or no JS) that navigates without a reload.
import type { MouseEvent, ReactNode } from 'react';
import { hrefOf, navigate } from '../lib/navigation';

interface AppLinkProps {
  to: string;
  className?: string;
  /** Accessible name when the visible text is ambiguous in a list (it must contain the visible text). */
  label?: string;
  children: ReactNode;
}

export function AppLink({ to, className, label, children }: AppLinkProps) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={hrefOf(to)} className={className} aria-label={label} onClick={onClick}>
      {children}
    </a>
  );
}
