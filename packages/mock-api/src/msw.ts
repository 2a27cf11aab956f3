export { createMockHandlers, type MockHandlersOptions } from './msw/create-mock-handlers';
