import type { z } from 'zod';
import type { MethodSpec } from './define';
import { appMethods } from './app';
import { catalogMethods } from './catalog';
import { queueMethods } from './queue';
import { deskMethods } from './desk';
import { staffMethods } from './staff';
import { feedbackMethods } from './feedback';
import { speechMethods } from './speech';
import { syncMethods } from './sync';

/**
 * The one contract: every method any screen may call, by domain. The renderer
 * imports it for types only; the dispatcher and both transports use it at run time.
 */
export const methods = {
  ...appMethods,
  ...catalogMethods,
  ...queueMethods,
  ...deskMethods,
  ...staffMethods,
  ...feedbackMethods,
  ...speechMethods,
  ...syncMethods,
} satisfies Record<string, MethodSpec<z.ZodType, unknown>>;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Methods[M]['output']>;

export const METHOD_NAMES = Object.keys(methods) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(methods, name);
}
