// The in-window title bar: project file name with an unsaved mark, and the language switch.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store';
import type { AppController } from './app-controller';
import { SearchBox } from '../search/SearchBox';

export function TitleBar({ app }: { app: AppController }): React.JSX.Element {
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
      <SearchBox app={app} />
      <button type="button" className="palette-button" onClick={() => app.ui.setPaletteOpen(true)} title="Ctrl+K">
        {t('actions.app.commandPalette')} <kbd>Ctrl+K</kbd>
      </button>
      <button type="button" className="language-switch" data-testid="language-switch" onClick={() => void app.toggleLanguage()}>
        {language === 'zh-CN' ? 'English' : '中文'}
      </button>
    </header>
  );
}
