import '../styles/app.css';
import { mountWindow } from '../app/mount';
import { AudienceApp } from './audience-app';

const container = document.getElementById('root');
if (container !== null) void mountWindow(AudienceApp, container, { library: false });
