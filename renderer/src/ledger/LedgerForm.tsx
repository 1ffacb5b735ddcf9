// The pieces every ledger form shares: a labelled field that shows its own message (aria-invalid, role alert), the
// form-level message, and the submit state — busy while the worker decides, and a refusal turned into the user's
// language (with the field it names, when it names one).
import { useState, type ReactNode } from 'react';
import type { AppLanguage } from '../i18n/i18n';
import { RpcError } from '../rpc/rpc-error';

export function LedgerField({ label, message, messageTestId, className, children }: { label: ReactNode; message?: string | null | undefined; messageTestId?: string; className?: string; children: ReactNode }): React.JSX.Element {
  return (
    <label className={`${className ?? ''}${message ? ' invalid' : ''}`.trim() || undefined}>
      {label}
      {children}
      {message ? (
        <span className="field-message" role="alert" data-testid={messageTestId}>
          {message}
        </span>
      ) : null}
    </label>
  );
}

/** A ledger form: its box, its title, and submit (Enter or the button) without a page reload. */
export function LedgerFormFrame({ testId, title, onSubmit, children }: { testId: string; title?: ReactNode; onSubmit(): void; children: ReactNode }): React.JSX.Element {
  return (
    <form
      className="ledger-add-sale"
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {title ? <h3>{title}</h3> : null}
      {children}
    </form>
  );
}

export function FormMessage({ message, testId, id }: { message: string | null; testId: string; id?: string }): React.JSX.Element | null {
  return message ? (
    <p id={id} className="field-message" role="alert" data-testid={testId}>
      {message}
    </p>
  ) : null;
}

export interface LedgerSubmit {
  readonly busy: boolean;
  /** The form-level message (a refusal that names no field, or a rule's message). */
  readonly message: string | null;
  setMessage(message: string | null): void;
  /** Messages per field, from the form's own checks or the worker's refusal. */
  readonly fieldMessages: Readonly<Record<string, string>>;
  setFieldMessages(messages: Record<string, string>): void;
  /** Runs the save; a RpcError becomes a message at its field (or the form's). Resolves true when it succeeded. */
  run(work: () => Promise<void>): Promise<boolean>;
}

export function useLedgerSubmit(language: AppLanguage): LedgerSubmit {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [fieldMessages, setFieldMessages] = useState<Record<string, string>>({});
  const run = async (work: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    try {
      await work();
      setMessage(null);
      setFieldMessages({});
      return true;
    } catch (error) {
      const text = error instanceof RpcError ? (language === 'en' ? error.failure.message : error.failure.messageZh) : error instanceof Error ? error.message : String(error);
      const field = error instanceof RpcError ? error.failure.field : undefined;
      if (field) setFieldMessages({ [field]: text });
      else setMessage(text);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, message, setMessage, fieldMessages, setFieldMessages, run };
}
