/** Repository paths used by server tests and tools. */
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLIENT_DIR_PATH = `${REPO_ROOT}clients/`;
export const CLI_RUN = `${REPO_ROOT}src/cli/run.ts`;
