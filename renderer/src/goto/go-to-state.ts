// Whether the go-to-coordinate dialog is open, and how the last coordinate was read (shown in the status bar).
import { create } from 'zustand';

export const useGoToState = create<{ open: boolean; lastHow: string | null }>(() => ({ open: false, lastHow: null }));
