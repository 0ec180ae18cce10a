// Page shell: the one main landmark, the page's only h1, the office name and a local-mode badge.
import type { ReactNode } from 'react';
import { th } from '../i18n/th';

interface PageLayoutProps {
  title: string;
  areaName?: string;
  mock?: boolean;
  children: ReactNode;
}

export function PageLayout({ title, areaName, mock, children }: PageLayoutProps) {
  return (
    <main className="page">
      <header className="page-header">
        {mock ? <p className="badge">{th.boot.mockBadge}</p> : null}
        {areaName ? <p className="area-name">{areaName}</p> : null}
        <h1>{title}</h1>
      </header>
      {children}
    </main>
  );
}
