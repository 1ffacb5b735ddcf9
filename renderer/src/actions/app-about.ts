import i18next from 'i18next';
import { PRODUCT_NAME, PRODUCT_NAME_ZH } from '../../../shared/app/app-identity';
import { defineAction } from './action';

/** 关于: the product, its version and the host it runs in (Electron or the browser), with the runtime versions. */
export default defineAction('app.about', {
  perform: async ({ host, ui }) => {
    const info = await host.appInfo();
    const versions = Object.entries(info.versions).map(([k, v]) => `${k} ${v}`).join('\n');
    await ui.ask(i18next.t('dialogs.aboutTitle'), `${PRODUCT_NAME_ZH} ${PRODUCT_NAME} ${info.version}\n${i18next.t('dialogs.aboutBody')}\n\n${info.host} · ${info.platform}\n${versions}`, [
      { id: 'ok', label: i18next.t('dialogs.ok'), primary: true },
    ]);
  },
});
