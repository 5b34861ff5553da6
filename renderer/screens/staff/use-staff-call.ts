import { createContext, useCallback, useContext, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../contract/methods';
import type { FieldIssue } from '../../../contract/errors';
import { useClient } from '../../app/client-context';
import { CallFailed } from '../../platform/client';

export interface CallState {
  busy: boolean;
  errorKey: string | null;
  issues: FieldIssue[];
}

/** One staff action: runs a call, keeps busy/error state for the form, never throws into React. */
export function useStaffCall(): [CallState, <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M> | null>, () => void] {
  const client = useClient();
  const [state, setState] = useState<CallState>({ busy: false, errorKey: null, issues: [] });
  const run = useCallback(
    async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M> | null> => {
      setState({ busy: true, errorKey: null, issues: [] });
      try {
        const value = await client.call(method, input);
        setState({ busy: false, errorKey: null, issues: [] });
        return value;
      } catch (err) {
        const e = err instanceof CallFailed ? err.error : { messageKey: 'error.unavailable', issues: [] };
        setState({ busy: false, errorKey: e.messageKey, issues: e.issues ?? [] });
        return null;
      }
    },
    [client],
  );
  const clear = useCallback(() => setState({ busy: false, errorKey: null, issues: [] }), []);
  return [state, run, clear];
}

/** Hands a file to the browser as a download (browser shell). */
export function base64ToBlobUrl(base64: string, mime: string): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: mime }));
}

export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The live staff token, for the one Electron call that is not a contract method (saving to a folder). */
export const StaffTokenContext = createContext<string | null>(null);
export const useStaffToken = () => useContext(StaffTokenContext);
