/** An expected failure with its HTTP status, machine code and a Russian message for people. */
export class ApiFailure extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function apiError(code: string, message: string) {
  return { error: { code, message } };
}
