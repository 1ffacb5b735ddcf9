// The import wizard's steps, in order. Enter moves to the next, the step bar jumps to any.
export const WIZARD_STEPS = ['source', 'target', 'fields', 'crs', 'report'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export function nextStep(step: WizardStep): WizardStep | undefined {
  return WIZARD_STEPS[WIZARD_STEPS.indexOf(step) + 1];
}

export function previousStep(step: WizardStep): WizardStep | undefined {
  const i = WIZARD_STEPS.indexOf(step);
  return i > 0 ? WIZARD_STEPS[i - 1] : undefined;
}
