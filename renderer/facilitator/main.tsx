import '../styles/app.css';
import '../styles/facilitator.css';
import '../styles/accessibility.css';
import { mountWindow } from '../app/mount';
import { FacilitatorApp } from './facilitator-app';
import { setupFacilitatorWindow } from './setup';

const container = document.getElementById('root');
if (container !== null) void mountWindow(FacilitatorApp, container, { setup: setupFacilitatorWindow });
