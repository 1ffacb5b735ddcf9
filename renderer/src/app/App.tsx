// The app shell: title bar, map with side panel, status bar, and the overlays (palette, dialogs, messages).
import { useEffect } from 'react';
import { MapView } from '../map/MapView';
import { AttributeTablePanel } from '../table/AttributeTablePanel';
import { CommandPalette } from '../palette/CommandPalette';
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
import { useApp } from './app-context';

export function App(): React.JSX.Element {
  const app = useApp();
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
      <TitleBar />
      <main className="workspace">
        <SidePanel />
        <MapView />
        <AttributeTablePanel />
      </main>
      <StatusBar />
      <CommandPalette />
      <ModalDialog />
      <GoToDialog />
      <DrawToolbar />
      <LedgerWorkspace />
      <FieldMode />
      <PrintWorkspace />
      <FieldOverlays />
      <Toasts />
    </div>
  );
}
