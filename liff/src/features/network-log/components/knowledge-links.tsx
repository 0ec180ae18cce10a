// Links shared at the activity, typed here and added to the network's library when the record is saved.
import { useState } from 'react';
import { FormField } from '../../../components/form-field';
import { th } from '../../../i18n/th-staff';
import { checkLink, type LinkDraft } from '../activity-form';

const t = th.networkLog.form;

export function KnowledgeLinks({ links, onChange }: { links: readonly LinkDraft[]; onChange: (links: LinkDraft[]) => void }) {
  const [draft, setDraft] = useState<LinkDraft>({ title: '', url: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const add = () => {
    const found = checkLink(draft);
    setErrors(found);
    if (Object.keys(found).length) {
      document.getElementById(found.title ? 'link-title' : 'link-url')?.focus();
      return;
    }
    onChange([...links, { title: draft.title.trim(), url: draft.url.trim() }]);
    setDraft({ title: '', url: '' });
  };
  return (
    <div className="link-drafts">
      {links.length > 0 ? (
        <>
          <h3>{t.linksPending}</h3>
          <ul className="file-list">
            {links.map((l, i) => (
              <li key={`${l.url}-${i}`} className="file-item">
                <div className="file-body">
                  <p className="file-name">{l.title}</p>
                  <p className="card-meta">{l.url}</p>
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-label={t.removeLink(l.title)}
                    onClick={() => onChange(links.filter((_, j) => j !== i))}
                  >
                    {t.removeQueuedShort}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <FormField id="link-title" label={t.linkTitle} optional error={errors.title}>
        {(aria) => (
          <input
            {...aria}
            className="input"
            type="text"
            maxLength={200}
            value={draft.title}
            onChange={(e) => setDraft({ ...draft, title: e.target.value })}
          />
        )}
      </FormField>
      <FormField id="link-url" label={t.linkUrl} optional error={errors.url}>
        {(aria) => (
          <input
            {...aria}
            className="input"
            type="url"
            inputMode="url"
            autoComplete="url"
            value={draft.url}
            onChange={(e) => setDraft({ ...draft, url: e.target.value })}
          />
        )}
      </FormField>
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={add}>
          {t.addLink}
        </button>
      </div>
    </div>
  );
}
