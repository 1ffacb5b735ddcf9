import { currentLanguage, setLanguage } from '../i18n/i18n';
import { useAppStore } from '../state/app-store';
import { defineAction } from './action';

/** Chinese ⇄ English: the UI, the window title and (through the Host) the native menu follow. */
export default defineAction('app.toggleLanguage', {
  perform: async ({ document }) => {
    const next = currentLanguage() === 'zh-CN' ? 'en' : 'zh-CN';
    await setLanguage(next);
    useAppStore.setState({ language: next });
    document.publishState();
  },
});
