import { errorMessage, otherFieldIssues } from '../lib/api/error-message';
import { Alert } from './alert';

interface FormErrorProps {
  error: unknown;
  /** Fields the form shows errors next to; problems with any other field are listed here. */
  fields?: readonly string[];
}

/** The reason a request failed, above the form; nothing when there is no error. */
export function FormError({ error, fields = [] }: FormErrorProps) {
  if (!error) return null;
  const others = otherFieldIssues(error, fields);
  return (
    <Alert tone="error">
      <p>{errorMessage(error)}</p>
      {others.length > 0 ? (
        <ul className="alert__list">
          {others.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
