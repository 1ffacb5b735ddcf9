// Opens the export dialog in its own React root (a modal over the app; it needs no place in the shell).
import { createRoot, type Root } from 'react-dom/client';
import { ExportDialog, type ExportRunner } from './ExportDialog';
import '../import/import-wizard.css';
import './export-dialog.css';

let open: { root: Root; container: HTMLElement } | null = null;

export function openExportDialog(runner: ExportRunner): void {
  if (open) return;
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  open = { root, container };
  const close = (): void => {
    const current = open;
    open = null;
    if (current) queueMicrotask(() => {
      current.root.unmount();
      current.container.remove();
    });
  };
  root.render(<ExportDialog runner={runner} onClose={close} />);
}
