// Small inline icons: drawn as SVG so they do not depend on which symbols a font happens to have.
export function ZoomToIcon(): React.JSX.Element {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      <circle cx="6" cy="6" r="3.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
      <path d="M6 0v3M6 9v3M0 6h3M9 6h3" stroke="currentColor" strokeWidth="1.3" />
    </svg>
  );
}

export function FilterIcon(): React.JSX.Element {
  return (
    <svg width="11" height="11" viewBox="0 0 12 12" aria-hidden="true">
      <path d="M1 1.5h10L7.2 6.3V11L4.8 9.8V6.3z" fill="currentColor" />
    </svg>
  );
}
