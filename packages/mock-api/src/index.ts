export { createMockApi } from './create-mock-api';
export type {
  Fault,
  FaultBody,
  FaultRoute,
  FaultStatus,
  Malformation,
  MockApi,
  MockApiFaults,
  MockApiOptions,
  WireAvatar,
} from './types';
