import { isMethodName, methods, type MethodName, type MethodOutput, type MethodParsedInput } from '../contract/methods';
import { failure, ServiceError, type CallResult } from '../contract/errors';
import { roleAllows, type Role } from '../contract/roles';

/** Who is calling, as established by the transport (window identity or launch token). */
export interface CallContext {
  role: Role;
  /** Short label for the audit log, e.g. "kiosk", "desk", "staff". */
  actor: string;
  /** Staff sign-in token carried by the transport; only ever raises a desk caller to staff. */
  staffToken?: string | null;
}

export interface DispatcherOptions {
  onInternalError(err: unknown, method: string): void;
  /** True when `token` is a live staff sign-in. */
  isStaffToken(token: string): boolean;
}

export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>, ctx: CallContext) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

/** The handlers for one domain of the contract, e.g. `HandlersFor<keyof typeof queueMethods>`. */
export type HandlersFor<K extends MethodName> = Pick<Handlers, K>;

export type Dispatch = (method: unknown, input: unknown, ctx: CallContext) => Promise<CallResult<unknown>>;

/**
 * The single entry point for both transports: validate the input against the
 * method's schema, check the caller's role, run the service, and hand back a
 * JSON-safe value or a typed error. Nothing else reaches a service.
 */
export function createDispatcher(handlers: Handlers, options: DispatcherOptions): Dispatch {
  return async (method, rawInput, caller) => {
    // The visitor's screen can never become staff, whatever token it sends.
    const ctx: CallContext =
      caller.role === 'volunteer' && caller.staffToken && options.isStaffToken(caller.staffToken) ? { ...caller, role: 'staff', actor: 'staff' } : caller;
    if (!isMethodName(method)) return failure('unknown_method');
    const spec = methods[method];
    if (!roleAllows(ctx.role, spec.role)) return failure('forbidden');
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return failure(
        'invalid_input',
        'error.invalid_input',
        parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
      );
    }
    try {
      const handler = handlers[method] as (input: unknown, ctx: CallContext) => unknown;
      const value = await handler(parsed.data, ctx);
      // A round trip through JSON makes IPC and HTTP hand the renderer identical values.
      return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
    } catch (err) {
      if (err instanceof ServiceError) return failure(err.code, err.messageKey);
      options.onInternalError(err, method);
      return failure('internal');
    }
  };
}
