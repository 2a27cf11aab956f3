'use client';
import { useEffect, useLayoutEffect } from 'react';

/** useLayoutEffect in the browser; useEffect on the server, where layout effects only warn. */
export const useIsomorphicLayoutEffect =
  typeof document === 'undefined' ? useEffect : useLayoutEffect;
