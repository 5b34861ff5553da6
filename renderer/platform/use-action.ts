import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../contract/methods';
import type { FieldIssue, MessageKey } from '../../contract/errors';
import { issuesOf, messageKeyOf } from './client';
import { usePlatform } from './platform-context';

export interface Action {
  /** True while an action runs: buttons are disabled meanwhile, so a double tap does not call twice. */
  busy: boolean;
  /** Why the last action failed; cleared when the next one starts. */
  errorKey: MessageKey | null;
  /** The fields the core named as wrong in the last action (a settings form marks them). */
  issues: FieldIssue[];
  /** Runs one action; resolves with its value, or null when it failed. Never throws into React. */
  run<T>(action: () => Promise<T>): Promise<T | null>;
  /** One contract call as an action. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M> | null>;
  clear(): void;
}

interface ActionState {
  busy: boolean;
  errorKey: MessageKey | null;
  issues: FieldIssue[];
}

const IDLE: ActionState = { busy: false, errorKey: null, issues: [] };

/**
 * The one way a screen acts on the core (the desk's buttons, the staff forms): busy
 * while it runs, a failure kept as a message key for the screen, and `onDone` after
 * each action, failed or not (the desk re-reads its overview).
 */
export function useAction(onDone?: () => void): Action {
  const platform = usePlatform();
  const [state, setState] = useState<ActionState>(IDLE);
  const onDoneRef = useRef(onDone);
  useEffect(() => {
    onDoneRef.current = onDone;
  });
  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T | null> => {
    setState({ busy: true, errorKey: null, issues: [] });
    try {
      const value = await action();
      setState(IDLE);
      return value;
    } catch (err) {
      setState({ busy: false, errorKey: messageKeyOf(err), issues: issuesOf(err) });
      return null;
    } finally {
      onDoneRef.current?.();
    }
  }, []);
  const call = useCallback(<M extends MethodName>(method: M, input: MethodInput<M>) => run(() => platform.call(method, input)), [platform, run]);
  const clear = useCallback(() => setState(IDLE), []);
  return useMemo(() => ({ ...state, run, call, clear }), [state, run, call, clear]);
}
