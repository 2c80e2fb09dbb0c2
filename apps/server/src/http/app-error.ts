import { errorCatalogue, type ApiErrorBody, type ErrorCode, type FieldIssue } from '@tandem/shared';

/** The one error type services throw; the error handler turns it into the one response shape. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly details?: { fields?: FieldIssue[] } & Record<string, unknown>,
    message: string = errorCatalogue[code].message,
  ) {
    super(message);
    this.status = errorCatalogue[code].status;
  }

  toBody(): ApiErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details ? { details: this.details } : {}),
      },
    };
  }
}

export const notFound = () => new AppError('not_found');

/** A 422 that names the one field a service rule refused, like the schema checks do. */
export const invalidField = (path: string, message: string) =>
  new AppError('validation_failed', { fields: [{ path, message }] });
