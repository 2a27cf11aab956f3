'use client';
import { type Context, createContext, useContext } from 'react';

export interface PickerContext<Value> {
  Context: Context<Value | null>;
  providerName: string;
}

export function createPickerContext<Value>(providerName: string): PickerContext<Value> {
  const Context = createContext<Value | null>(null);
  Context.displayName = `${providerName}Context`;
  return { Context, providerName };
}

/**
 * Reads a picker context, throwing a clear error naming the part that was rendered outside its
 * provider instead of failing later on an undefined value.
 */
export function usePickerContext<Value>(context: PickerContext<Value>, partName: string): Value {
  const value = useContext(context.Context);
  if (value === null) {
    throw new Error(`<${partName}> must be rendered inside <${context.providerName}>.`);
  }
  return value;
}
