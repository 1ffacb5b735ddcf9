// A modal question with buttons (unsaved changes, crash recovery, About). Escape answers "cancel".
import { useEffect } from 'react';
import { useAppStore } from '../state/app-store';

export function ModalDialog(): React.JSX.Element | null {
  const dialog = useAppStore((s) => s.dialog);
  useEffect(() => {
    if (!dialog) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') dialog.resolve(dialog.buttons.some((b) => b.id === 'cancel') ? 'cancel' : (dialog.buttons.at(-1)?.id ?? 'cancel'));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog]);
  if (!dialog) return null;
  return (
    <div className="overlay">
      <div className="dialog" role="alertdialog" aria-label={dialog.title} data-testid="dialog">
        <h2>{dialog.title}</h2>
        <p className="dialog-body">{dialog.body}</p>
        <div className="buttons">
          {dialog.buttons.map((button) => (
            <button key={button.id} type="button" className={button.primary ? 'primary' : ''} data-testid={`dialog-${button.id}`} autoFocus={button.primary} onClick={() => dialog.resolve(button.id)}>
              {button.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
