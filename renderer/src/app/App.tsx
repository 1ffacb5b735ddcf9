// The app shell: title bar, map with side panel, status bar, and the overlays (palette, dialogs, messages).
import { useEffect } from 'react';
import { MapView } from '../map/MapView';
import { AttributeTablePanel } from '../table/AttributeTablePanel';
import { CommandPalette } from '../palette/CommandPalette';
import type { AppController } from './app-controller';
import { ModalDialog } from './ModalDialog';
import { GoToDialog } from '../goto/GoToDialog';
import { DrawToolbar } from '../draw/DrawToolbar';
import { SidePanel } from './SidePanel';
import { StatusBar } from './StatusBar';
import { TitleBar } from './TitleBar';
import { Toasts } from './Toasts';
import { useShortcuts } from './use-shortcuts';
import { useAppStore } from '../state/app-store';
import { useLayerSync } from '../layers/use-layer-sync';
import { useMapIdentify } from '../identify/use-map-identify';
import { LedgerWorkspace } from '../ledger/LedgerWorkspace';
import { FieldMode } from '../field/FieldMode';
import { PrintWorkspace } from '../print/PrintWorkspace';
import { FieldOverlays } from '../field/FieldOverlays';

export function App({ app }: { app: AppController }): React.JSX.Element {
  useShortcuts(app);
  useLayerSync();
  useMapIdentify();
  useEffect(() => {
    // The browser's own prompt on closing a tab with unsaved work (Electron asks through the main process).
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (app.host.kind === 'browser' && useAppStore.getState().project?.dirty) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [app]);
  return (
    <div className="app">
      <TitleBar app={app} />
      <main className="workspace">
        <SidePanel app={app} />
        <MapView />
        <AttributeTablePanel app={app} />
      </main>
      <StatusBar />
      <CommandPalette app={app} />
      <ModalDialog />
      <GoToDialog />
      <DrawToolbar app={app} />
      <LedgerWorkspace app={app} />
      <FieldMode app={app} />
      <PrintWorkspace app={app} />
      <FieldOverlays app={app} />
      <Toasts />
    </div>
  );
}
