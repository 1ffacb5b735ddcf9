// Short messages in the corner: what was saved, opened, or what went wrong and how to fix it.
import { useAppStore } from '../state/app-store';

export function Toasts(): React.JSX.Element {
  const toasts = useAppStore((s) => s.toasts);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast ${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'} data-testid={`toast-${toast.kind}`}>
          {toast.text}
        </div>
      ))}
    </div>
  );
}
