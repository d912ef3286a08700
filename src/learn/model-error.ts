/** A model could not be found by id or path (a usage problem, not a malformed model). */
export class ModelNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelNotFoundError';
  }
}
