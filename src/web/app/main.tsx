/** Entry point of the clinician workbench: mounts the app and records when it first painted. */
import { render } from 'preact';
import { App } from './app.js';
import './styles.css';

const root = document.getElementById('app')!;
// The static "Loading" line is only for the moment before this script runs.
root.textContent = '';
render(<App />, root);
