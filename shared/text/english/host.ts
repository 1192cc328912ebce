/**
 * What the host says to the facilitator window and to the phones: refusals and notices of
 * the voting room, the room check, and the browser shell's loopback API.
 */
import type { Message } from '../translator';

export const HOST = {
  // The desktop app's main process: its windows, its dialogs and the refusals of its IPC.
  'host.desktop.audienceWindowTitle': 'ReadyRoom — audience screen',
  'host.desktop.foreignPage': 'ReadyRoom refused a request from a page that is not its own.',
  'host.desktop.audienceReadOnly':
    'The audience screen only shows what the facilitator presents; it cannot change the workshop. Use the facilitator window.',
  'host.desktop.noticesNotOpened': 'ReadyRoom could not open its third-party notices.',
  'host.desktop.noticesWhere':
    'They are in {path}; open that file with any text editor. If it is missing, reinstall ReadyRoom (or, from the source code, run npm run build).',
  'host.desktop.fileType.docx': 'Word document',
  'host.desktop.fileType.ics': 'Calendar reminders',
  'host.desktop.fileType.csv': 'CSV for spreadsheets and trackers',

  // The voting room and its rounds, as the facilitator window is told.
  'host.voting.roomOpenForAnotherWorkshop':
    'The voting room is still open for another workshop. Open that workshop and close its room first.',
  'host.voting.roomAlreadyOpen':
    'The voting room is already open. Close it first to move it to another address.',
  'host.voting.rehearsalOnThisComputerOnly':
    'A rehearsal room opens on this computer only (127.0.0.1), so no real phone can join it.',
  'host.voting.addressNotListed':
    "ReadyRoom can only open the voting room on one of this computer's network addresses, and {address} is not one of them. Pick an address from the list.",
  'host.voting.roomDidNotStart':
    'ReadyRoom could not open the voting room on {address}. Check this computer is still connected to that network, or pick another address.',
  'host.voting.shuttingDown': 'ReadyRoom is shutting down.',
  'host.voting.roomNotOpen': 'The voting room is not open.',
  'host.voting.roundAlreadyOpen': 'A round is already open. Close it before opening the next one.',
  'host.voting.roundIdInvalid':
    'A round id is up to 100 letters, digits, "-" and "_", starting with a letter or digit.',
  'host.voting.roundAlreadyRan': 'That round has already run. Open a new round instead.',
  'host.voting.roundNotOpenedDisk':
    'ReadyRoom could not save to its data folder, so the round was not opened. Check the disk has space, then try again.',
  'host.voting.roundCloseNotSaved':
    'ReadyRoom could not save that the round closed, so it is still open. Check the disk, then try again.',
  'host.voting.noRoundOpen': 'No round is open for votes. Open a round first.',
  'host.voting.noRoundToClose': 'There is no round to close.',
  'host.voting.noRoundToReveal': 'There is no round whose results could be shown.',
  'host.voting.closeBeforeReveal': 'Close the round before showing its results.',
  'host.voting.questionNotAsked': 'This round does not ask the {question} question.',
  'host.voting.keypadVoter': 'Keypad voter {number}',
  'host.voting.keypadBallotNotSaved': 'That vote could not be saved. Check the disk, then try again.',

  'host.voting.thisComputerOnly': 'This computer only (127.0.0.1)',
  'host.voting.networkAddress': '{network} ({address})',
  'host.voting.roomHostAddress': '{address} (from --room-host)',
  'host.voting.rehearsalPhone': 'Rehearsal phone {number}',

  // The room check in the voting panel.
  'host.roomCheck.answeredWithError':
    'The room at {address} answered with an error ({status}). Close the room and open it again.',
  'host.roomCheck.noStatus': 'none',
  'host.roomCheck.thisComputerOnly':
    'The room answers on this computer ({milliseconds} ms), but phones cannot reach 127.0.0.1.',
  'host.roomCheck.answers':
    'The room answers at {address} ({milliseconds} ms): phones on this network can join.',
  'host.roomCheck.nothingAnswers':
    'Nothing answers at {address}:{port}. Check this computer is still on that network, or close the room and pick another address.',

  // The voting room, as the person holding the phone is told.
  'host.room.voteClosed': 'That vote has closed. Wait for the next question.',
  'host.room.notAPhoneRound': 'This round is voted on the shared screen, not on phones.',
  'host.room.questionNotOpen': 'That question is not open for votes. Reload the page.',
  'host.room.voteNotSaved': 'Your vote could not be saved. Please tap your answer again.',
  'host.room.wrongCode': 'That room code is not right. Check the code on the room screen and try again.',
  'host.room.nameNeeded': 'Please type your name (up to {limit} letters): this vote shows names.',
  'host.room.requestNotUnderstood': 'The voting room could not understand that request.',
  'host.room.ballotNotUnderstood':
    'The voting room could not understand that vote. Reload the page and try again.',
  'host.room.nothingHere': 'There is nothing here. Open the link from the room screen.',
  'host.room.tooManyTaps': 'Too many taps at once. Wait a moment, then try again.',
  'host.room.tooManyJoins': 'Too many tries to join from this phone. Wait a minute, then try again.',
  'host.room.notJoined':
    'This phone is not in the room (or the room was reopened). Join again with the code on the screen.',
  'host.room.full':
    'The voting room is full right now. Wait a minute and try again, or ask the facilitator for help.',
  'host.room.wrongHost': 'This request was not addressed to the voting room.',
  'host.room.wrongOrigin': 'Votes are only accepted from the voting page itself.',
  'host.room.methodNotAllowed': 'The voting room does not do that here.',
  'host.room.internal': 'Something went wrong in the voting room. Please try again.',
  'host.room.pageMissing': 'The voting page is missing from this copy of ReadyRoom. Ask the facilitator.',
  'host.room.tooManyDevices': {
    one: '{count} phone from this network connection is already in the room, the most it may have. Vote on it, or ask the facilitator for help.',
    other:
      '{count} phones from this network connection are already in the room, the most it may have. Vote on one of them, or ask the facilitator for help.',
  },
  'host.room.onlyJson': 'The voting room only accepts JSON.',
  'host.room.tooLarge': 'That request is too large for the voting room.',
  'host.room.unreadable': 'The voting room could not read that request.',

  // Settings, as the facilitator is told in a notice.
  'host.settings.unreadable':
    'Your settings file could not be read, so ReadyRoom started with default settings. The old file was kept as {path}. Your workshops are not affected.',
  'host.settings.repaired': '{problems} A copy of the previous settings file was kept as {path}.',

  // The browser shell (npm run serve), in the terminal.
  'host.serve.running': 'ReadyRoom is running. Open this address in your browser (keep this window open):',
  'host.serve.dataFolder': 'Data folder: {path}',
  'host.serve.portInUse':
    'That port is already in use. Pick another with --port, or use --port 0 for any free port.',
  'host.serve.couldNotStart': 'ReadyRoom could not start:',
  'host.serve.openYourself': 'Could not open a browser automatically. Open this address yourself:\n{url}',
  'host.serve.usage':
    'Usage: npm run serve -- [options]\n\n  --port N            Port to listen on (0, the default, picks any free port)\n  --data-dir DIR      Folder for settings and workshops (or set READYROOM_DATA_DIR)\n  --room-host ADDR    Network address for the phone voting room (default 127.0.0.1)\n  --open              Open the app in your default browser\n  --help              Show this help',
  'host.serve.needsValue': '{flag} needs a value.\n\n{usage}',
  'host.serve.badPort':
    '--port must be a whole number from 0 to 65535 (0 picks any free port); got "{value}".',
  'host.serve.unknownOption': 'ReadyRoom does not know the option "{option}".\n\n{usage}',

  // The browser shell's loopback API, as the page is told.
  'host.loopback.wrongHost': 'Requests must be addressed to this computer.',
  'host.loopback.notFound': 'Not found',
  'host.loopback.usePost': 'Host methods are called with POST.',
  'host.loopback.otherSite': 'Calls from another site are refused.',
  'host.loopback.notConnected':
    'This page is not connected to the running ReadyRoom. Open the address that "npm run serve" printed.',
  'host.loopback.batchShape':
    'A batch must be {shape} with 1 to {limit} calls; send more calls in several batches.',
  'host.loopback.batchCallUnnamed': 'Call {number} of the batch does not name a host method.',
  'host.loopback.onlyJson': 'Host calls are sent as JSON (Content-Type: application/json).',
  'host.loopback.tooLarge':
    'The request is larger than the {limit} ReadyRoom accepts. A workshop file can be up to {fileLimit}; check that you picked the right file.',
  'host.loopback.invalidJson': 'The request body is not valid JSON.',
  'host.loopback.busy': 'ReadyRoom is still receiving other large requests. Wait a moment, then try again.',
} as const satisfies Readonly<Record<string, Message>>;
