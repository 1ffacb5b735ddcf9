// The command palette (Ctrl+K / Ctrl+Shift+P): filter every action by its label in either language and run it.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIONS } from '../actions/registry';
import { runAction } from '../actions/run-action';
import { formatShortcut } from '../actions/shortcuts';
import { useAppStore } from '../state/app-store';
import { useApp } from '../app/app-context';

const isMac = navigator.platform.toLowerCase().startsWith('mac');

export function CommandPalette(): React.JSX.Element | null {
  const app = useApp();
  const { t } = useTranslation();
  const open = useAppStore((s) => s.paletteOpen);
  const language = useAppStore((s) => s.language);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return ACTIONS.filter((action) => action.id !== 'app.commandPalette' && action.predicate(app)).filter((action) => {
      if (!q) return true;
      const labels = [action.label['zh-CN'], action.label.en, action.hint?.['zh-CN'] ?? '', action.hint?.en ?? '', action.id];
      return labels.some((label) => label.toLowerCase().includes(q));
    });
  }, [query, app, open]);

  useEffect(() => {
    if (open) {
      setQuery('');
      setSelected(0);
      setTimeout(() => input.current?.focus(), 0);
    }
  }, [open]);

  if (!open) return null;
  const close = (): void => app.ui.setPaletteOpen(false);
  const run = (index: number): void => {
    const action = matches[index];
    close();
    if (action) void runAction(app, action.id);
  };

  return (
    <div className="overlay" onMouseDown={close}>
      <div className="palette" role="dialog" aria-label={t('actions.app.commandPalette')} onMouseDown={(e) => e.stopPropagation()}>
        <input
          ref={input}
          data-testid="palette-input"
          placeholder={t('palette.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setSelected(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
            else if (e.key === 'ArrowDown') setSelected((s) => Math.min(s + 1, matches.length - 1));
            else if (e.key === 'ArrowUp') setSelected((s) => Math.max(s - 1, 0));
            else if (e.key === 'Enter') run(selected);
            else return;
            e.preventDefault();
          }}
        />
        <ul role="listbox">
          {matches.length === 0 ? <li className="empty">{t('palette.empty')}</li> : null}
          {matches.map((action, index) => (
            <li key={action.id} role="option" aria-selected={index === selected} className={index === selected ? 'selected' : ''} onMouseEnter={() => setSelected(index)} onClick={() => run(index)}>
              <span>{action.label[language]}</span>
              {action.hint ? <small className="hint">{action.hint[language]}</small> : null}
              {action.shortcuts[0] ? <kbd>{formatShortcut(action.shortcuts[0], isMac)}</kbd> : null}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
