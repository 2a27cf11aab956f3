// The DOM matchers are registered by the root vitest.setup.dom.ts; this brings in their types.
import '@testing-library/jest-dom/vitest';
