/**
 * The participant (phone) page. Deliberately framework-free and tiny: it is downloaded by
 * phones on weak room Wi-Fi. The voting flow arrives with the room server; for now it tells
 * the participant what to expect.
 */
import './participant.css';

document.documentElement.dataset.appState = 'ready';
