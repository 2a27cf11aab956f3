// As loose as the client's own check: an id a client accepts is never answered with 400.
const WELL_FORMED_ID = /^avat_[0-9A-Za-z]{1,64}$/;

export function isWellFormedAvatarId(value: string): boolean {
  return WELL_FORMED_ID.test(value);
}
