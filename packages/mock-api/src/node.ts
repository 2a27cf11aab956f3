export {
  type MockServer,
  type StartMockServerOptions,
  startMockServer,
} from './node/start-mock-server';
