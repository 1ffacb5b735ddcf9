// Names the product goes by, in one place for the window title, About, the installer and the CLI.
export const APP_ID = 'cn.landlink.desktop';
export const PRODUCT_NAME = 'Landlink';
export const PRODUCT_NAME_ZH = '搬迁复垦一张图';
/** The privileged scheme the renderer is served from in Electron (never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'landlink';
export const PROJECT_EXTENSION = 'gpkg';
