// The command palette (Ctrl+K / Ctrl+Shift+P): filter every action by its label in either language and run it.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { ACTIONS } from '../actions/registry';
import { formatShortcut } from '../actions/shortcuts';
import { useAppStore } from '../state/app-store';
import type { AppController } from '../app/app-controller';

const isMac = navigator.platform.toLowerCase().startsWith('mac');

export function CommandPalette({ app }: { app: AppController }): React.JSX.Element | null {
  const { t } = useTranslation();
  const open = useAppStore((s) => s.paletteOpen);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return ACTIONS.filter((action) => action.id !== 'app.commandPalette' && (action.enabled?.(app) ?? true)).filter((action) => {
      if (!q) return true;
      const labels = [t(action.labelKey), i18next.t(action.labelKey, { lng: 'en' }), i18next.t(action.labelKey, { lng: 'zh-CN' }), action.id];
      return labels.some((label) => label.toLowerCase().includes(q));
    });
  }, [query, app, t, open]);

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
    if (action) void app.runCommand(action.id);
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
              <span>{t(action.labelKey)}</span>
              {action.shortcuts?.[0] ? <kbd>{formatShortcut(action.shortcuts[0], isMac)}</kbd> : null}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
