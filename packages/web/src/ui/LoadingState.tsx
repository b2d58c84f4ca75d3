type LoadingStateProps = { readonly label: string };

export function LoadingState({ label }: LoadingStateProps) {
  return (
    <p role="status" className="loading-state">
      <span className="loading-state__spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
