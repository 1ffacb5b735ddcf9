// Installs the native application menu. Clicking an item sends its action id to the renderer, whose action registry
// runs it (the same object the palette and shortcuts run).
import { Menu } from 'electron';
import { buildMenuTemplate, type MenuContext } from './menu-template';

export function installApplicationMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(context)));
}
