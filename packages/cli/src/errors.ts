/** A mistake of the user's (a missing folder, a refused option): printed as one line, without a stack. */
export class UsageError extends Error {}
