/** Validation studies (the screens land with the study routes). */
import type { Api, Me } from './api.js';

export function StudiesScreen(_props: { api: Api; me: Me }) {
  return <h1>Validation studies</h1>;
}
