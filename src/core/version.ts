/** The engine's code version, recorded in every model manifest and result. Bump with each release. */
export const CODE_VERSION = '0.1.0';
