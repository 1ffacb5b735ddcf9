// The search box (Ctrl+F): find a parcel, house, site or village by code, name, village or household and jump to it.
import { useMemo, useRef, useState, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { tableLabel, valueLabel } from '../../../shared/domain/labels';
import { useAppStore } from '../state/app-store';
import { zoomToFeatures } from '../identify/zoom-to-features';
import { searchFeatures, type SearchHit } from './search-features';
import { useApp } from '../app/app-context';

export const SEARCH_INPUT_ID = 'landlink-search';

export function SearchBox(): React.JSX.Element {
  const app = useApp();
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const layers = useAppStore((s) => s.project?.view.layers);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [selected, setSelected] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const hits = useMemo(() => (layers && query ? searchFeatures(layers, query) : []), [layers, query]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const go = (hit: SearchHit | undefined): void => {
    if (!hit) return;
    app.ui.select({ table: hit.table, fids: [hit.feature.properties?.fid as number] });
    zoomToFeatures([hit.feature]);
    setOpen(false);
    input.current?.blur();
  };

  const describe = (hit: SearchHit): string => {
    const p = hit.feature.properties ?? {};
    const detail = [p.name, p.village, p.status ? valueLabel(hit.table, 'status', String(p.status), lang) : null].filter(Boolean).join(' · ');
    return `${tableLabel(hit.table, lang)} ${String(p.code ?? '')}${detail ? ` · ${detail}` : ''}`;
  };

  return (
    <div className="search-box">
      <input
        id={SEARCH_INPUT_ID}
        ref={input}
        type="search"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        data-testid="search-input"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setSelected(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setSelected((s) => Math.min(s + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setSelected((s) => Math.max(s - 1, 0));
          else if (e.key === 'Enter') go(hits[selected]);
          else if (e.key === 'Escape') {
            setOpen(false);
            input.current?.blur();
          } else return;
          e.preventDefault();
        }}
      />
      {open && query ? (
        <ul className="search-results" role="listbox" data-testid="search-results">
          {hits.length === 0 ? <li className="muted">{t('search.noResults', { query })}</li> : null}
          {hits.map((hit, index) => (
            <li key={`${hit.table}-${String(hit.feature.properties?.fid)}`} role="option" aria-selected={index === selected} className={index === selected ? 'selected' : ''} onMouseDown={() => go(hit)}>
              {describe(hit)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
