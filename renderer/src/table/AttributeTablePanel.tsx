// The attribute table's bottom panel (属性表), under the map and the side panel. Always mounted, so the map keeps
// showing the selection and a selection on the map picks the right tab even while the panel is closed; the panel
// body renders only when open. Drag its top edge to resize.
import { useEffect, type MouseEvent } from 'react';
import { FeatureForm } from '../forms/FeatureForm';
import { useAppStore } from '../state/app-store';
import './attribute-table.css';
import { AttributeTable } from './AttributeTable';
import { useSelectionHighlight } from './selection-highlight';
import { MIN_PANEL_HEIGHT, useTablePanelStore } from './table-panel-store';
import { tableTabs } from './table-tabs';

/** A selection made on the map switches the panel to that table's tab. */
function useTabFollowsSelection(): void {
  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        const table = state.selection?.table;
        if (!table || table === previous.selection?.table || table === useTablePanelStore.getState().activeTable) return;
        if (tableTabs(state.project?.view).some((tab) => tab.table === table)) useTablePanelStore.setState({ activeTable: table });
      }),
    [],
  );
}

function startResize(event: MouseEvent): void {
  event.preventDefault();
  const startY = event.clientY;
  const startHeight = useTablePanelStore.getState().height;
  const onMove = (move: globalThis.MouseEvent): void => {
    const max = Math.max(MIN_PANEL_HEIGHT, window.innerHeight - 200);
    useTablePanelStore.setState({ height: Math.min(max, Math.max(MIN_PANEL_HEIGHT, startHeight + startY - move.clientY)) });
  };
  window.addEventListener('mousemove', onMove);
  window.addEventListener('mouseup', () => window.removeEventListener('mousemove', onMove), { once: true });
}

export function AttributeTablePanel(): React.JSX.Element | null {
  useSelectionHighlight();
  useTabFollowsSelection();
  const open = useTablePanelStore((s) => s.open);
  const height = useTablePanelStore((s) => s.height);
  const hasProject = useAppStore((s) => s.project !== null);
  useEffect(() => {
    // The workspace leaves this much room at its bottom for the panel (attribute-table.css).
    document.documentElement.style.setProperty('--attribute-table-height', `${height}px`);
  }, [height]);
  return (
    <>
      {open && hasProject ? (
        <section className="attribute-table-panel" aria-label="属性表 Attribute table" data-testid="attribute-table">
          <div className="attribute-table-resize" role="separator" aria-orientation="horizontal" onMouseDown={startResize} />
          <AttributeTable />
        </section>
      ) : null}
      <FeatureForm />
    </>
  );
}
