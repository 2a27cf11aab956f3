import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // Pickers remember picks as recently used looks in localStorage: no test sees another's.
  localStorage.clear();
});
