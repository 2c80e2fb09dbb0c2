import { Alert } from '../../../ui/alert';
import { moveErrorMessage } from './refusal-words';

/**
 * Why the last move did not go through, next to where it was made: the server's refusal in
 * kind words (an alert, so it is read out at once). Nothing when there is no error.
 */
export function MoveError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <Alert tone="error" className="talk-error">
      <p>{moveErrorMessage(error)}</p>
    </Alert>
  );
}
