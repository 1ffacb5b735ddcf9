// The history list (操作历史): every undoable step of this session, newest first, and the steps that can be redone.
// Clicking a step goes back (or forward) to just after it; Ctrl+Z / Ctrl+Y do one step.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store';
import { runGuarded } from '../app/guarded';
import { useApp } from '../app/app-context';

export function HistoryPanel(): React.JSX.Element | null {
  const app = useApp();
  const { t, i18n } = useTranslation();
  const history = useAppStore((s) => s.project?.view.history);
  const goTo = (steps: number): void => void runGuarded(async () => {
    await app.project.stepHistory(steps);
  });
  if (!history || (history.undo.length === 0 && history.redo.length === 0)) return null;
  const label = (l: { zh: string; en: string }): string => (i18n.language === 'en' ? l.en : l.zh);
  const done = [...history.undo].reverse();
  const undone = history.redo; // redo stack: the last element is the next step to redo
  return (
    <section className="history-panel" data-testid="history-panel">
      <h3>{t('history.title')}</h3>
      <ol>
        {[...undone].map((step, index) => (
          <li key={`redo-${index}`} className="undone">
            <button type="button" className="link" title={t('history.redoTo')} onClick={() => goTo(undone.length - index)}>
              {label(step)}
            </button>
          </li>
        ))}
        {done.map((step, index) => (
          <li key={`undo-${index}`} className={index === 0 ? 'current' : ''} aria-current={index === 0 ? 'step' : undefined}>
            <button type="button" className="link" title={t('history.undoTo')} onClick={() => goTo(-index)} disabled={index === 0}>
              {label(step)}
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="link" onClick={() => goTo(-done.length)} data-testid="history-start">
            {t('history.start')}
          </button>
        </li>
      </ol>
    </section>
  );
}
