import type { ApiError } from '../platform/api.ts';

type ErrorStateProps = {
  readonly title: string;
  readonly error: ApiError;
  readonly onRetry: () => void;
};

/** Shows the server's own explanation (the problem's detail) and a way to try again. */
export function ErrorState({ title, error, onRetry }: ErrorStateProps) {
  return (
    <div role="alert" className="notice notice--error error-state">
      <h2 className="error-state__title">{title}</h2>
      <p>{error.detail}</p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
