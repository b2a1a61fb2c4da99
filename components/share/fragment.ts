/** A share link's fragment starts with this (#s=…); the codec (link.ts) loads only when one is there. */
export const FRAGMENT_PREFIX = "s=";
