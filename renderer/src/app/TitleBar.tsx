// The in-window title bar: project file name with an unsaved mark, and the language switch.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store';
import { SearchBox } from '../search/SearchBox';
import { useApp } from './app-context';
import { runAction } from '../actions/run-action';

export function TitleBar(): React.JSX.Element {
  const app = useApp();
  const { t } = useTranslation();
  const project = useAppStore((s) => s.project);
  const language = useAppStore((s) => s.language);
  return (
    <header className="title-bar">
      <span className="product">{t('app.name')}</span>
      <span className="document" data-testid="document-title">
        {project ? project.fileName : ''}
        {project?.dirty ? <span className="dirty-mark" title={t('app.unsaved')} data-testid="dirty-mark"> ●</span> : null}
      </span>
      {project?.view.synthetic ? <span className="synthetic-badge">{t('app.syntheticNotice')}</span> : null}
      <span className="spacer" />
      <SearchBox />
      <button type="button" className="palette-button" onClick={() => app.ui.setPaletteOpen(true)} title="Ctrl+K">
        {t('actions.app.commandPalette')} <kbd>Ctrl+K</kbd>
      </button>
      <button type="button" className="language-switch" data-testid="language-switch" onClick={() => void runAction(app, 'app.toggleLanguage')}>
        {language === 'zh-CN' ? 'English' : '中文'}
      </button>
    </header>
  );
}
