import { z } from 'zod';
import type { Role } from '../roles';

/** One method of the contract: the lowest role allowed, the input schema, the output type. */
export interface MethodSpec<I extends z.ZodType, O> {
  role: Role;
  input: I;
  /** Phantom: carries the output type, never read at run time. */
  output?: O;
}

/** `method<Output>()(role, inputSchema)` — output given, input inferred. */
export function method<O>() {
  return <I extends z.ZodType>(role: Role, input: I): MethodSpec<I, O> => ({ role, input });
}

export const Empty = z.object({}).strict();
/** Ids of walkthroughs and categories: lower-case words joined by hyphens. */
export const Id = z.string().regex(/^[a-z0-9-]+$/).max(64);
