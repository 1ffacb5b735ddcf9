// Which row the feature form is editing, if any (one form at a time, like a modal dialog).
import { create } from 'zustand';

export interface FormTarget {
  readonly table: string;
  readonly fid: number;
}

export const useFormStore = create<{ target: FormTarget | null }>(() => ({ target: null }));

export function openFeatureForm(table: string, fid: number): void {
  useFormStore.setState({ target: { table, fid } });
}

export function closeFeatureForm(): void {
  useFormStore.setState({ target: null });
}
