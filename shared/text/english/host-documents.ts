/**
 * What the documents service tells the facilitator: files it cannot find, save or open, and
 * why the disk said no. A disk problem is one sentence, "ReadyRoom could not {doing} because
 * {reason}. {stillSafe} {advice}", whose parts are the messages below.
 */
import type { Message } from '../translator';

export const HOST_DOCUMENTS = {
  'host.disk.couldNot': 'ReadyRoom could not {doing} because {reason}. {stillSafe} {advice}',
  'host.disk.full': 'the disk is full',
  'host.disk.freeSpaceOnDisk': 'Free some space on the disk, then try again.',
  'host.disk.quotaUsedUp': 'your disk quota is used up',
  'host.disk.freeSpace': 'Free some space, then try again.',
  'host.disk.permissionDenied':
    'this computer does not allow ReadyRoom to change files there (permission denied)',
  'host.disk.checkPermissions':
    'Check that the folder is not read-only and that you may change it, or pick another library folder in Settings, then try again.',
  'host.disk.inUseOrNotAllowed':
    'the file is in use by another program, or ReadyRoom is not allowed to change it',
  'host.disk.waitOrCheckPermissions':
    'Wait a moment (a backup, sync or antivirus tool may be reading it) and try again; if it keeps failing, check the folder permissions.',
  'host.disk.inUse': 'the file is in use by another program (for example a backup, sync or antivirus tool)',
  'host.disk.wait': 'Wait a moment and try again.',
  'host.disk.readOnly': 'the disk is read-only',
  'host.disk.pickWritableFolder':
    'Pick a library folder on a disk you can write to in Settings, then try again.',
  'host.disk.folderGone': 'its folder is no longer there',
  'host.disk.checkFolderExists':
    'Check that the folder still exists (and that a USB or network drive is connected), then try again.',
  'host.disk.pathPartIsFile': 'part of its folder path is a file, not a folder',
  'host.disk.checkLibraryFolder': 'Check the library folder in Settings, then try again.',
  'host.disk.folderWithThatName': 'there is a folder with that name',
  'host.disk.pickAnotherName': 'Pick another name or place, then try again.',
  'host.disk.nameInTheWay': 'something with that name is already in the way',
  'host.disk.checkLibraryFolderOrName':
    'Check the library folder in Settings (it must be a folder), or choose another name, then try again.',
  'host.disk.tooManyOpen': 'too many files are open at once',
  'host.disk.closePrograms': 'Close some programs, then try again.',
  'host.disk.readWriteError': 'the disk reported a read or write error',
  'host.disk.tryAnotherDisk':
    'Try again; if it keeps failing, save a copy on another disk and check this one.',
  'host.disk.pathTooLong': 'the file path is too long for this computer',
  'host.disk.shorterName': 'Use a shorter name or a folder nearer the top of the disk.',
  'host.disk.unexpected': 'the computer reported an unexpected problem ({code})',
  'host.disk.tryLater': 'Try again in a moment.',

  // What ReadyRoom was doing ("ReadyRoom could not …") and what is still safe.
  'host.documents.doing.readLibrary': 'read the workshop library folder',
  'host.documents.doing.create': 'create the workshop "{title}"',
  'host.documents.doing.duplicate': 'duplicate "{file}"',
  'host.documents.doing.rename': 'rename "{file}"',
  'host.documents.doing.import': 'import "{file}"',
  'host.documents.doing.moveToTrash': 'move to the trash "{file}"',
  'host.documents.doing.readTrash': 'read the trash',
  'host.documents.doing.restoreFromTrash': 'restore the workshop from the trash',
  'host.documents.doing.listBackups': 'list the backups of "{file}"',
  'host.documents.doing.restoreBackup': 'restore a backup of "{file}"',
  'host.documents.doing.open': 'open "{file}"',
  'host.documents.doing.save': 'save "{file}"',
  'host.documents.doing.saveAs': 'save the workshop as "{title}"',
  'host.documents.doing.saveCopy': 'save a copy of "{file}" to "{target}"',
  'host.documents.safe.nothingChanged': 'Nothing was changed.',
  'host.documents.safe.noWorkshopChanged': 'No workshop was changed.',
  'host.documents.safe.noOtherWorkshopChanged': 'No other workshop was changed.',
  'host.documents.safe.nothingAdded': 'Nothing was added to the library.',
  'host.documents.safe.stillInTrash': 'It is still in the trash.',
  'host.documents.safe.originalUnchanged': 'The original is unchanged.',
  'host.documents.safe.originalFileUnchanged': 'The original file is unchanged.',
  'host.documents.safe.fileUnchanged': 'The file is unchanged.',
  'host.documents.safe.stillWhereItWas': 'The file is still where it was.',
  'host.documents.safe.currentFileUnchanged': 'The current file is unchanged.',
  'host.documents.safe.previousVersionIntact': 'The previously saved version is intact.',
  'host.documents.safe.workshopUnchanged': 'The workshop itself is unchanged.',
  'host.documents.droppedFile': 'the dropped file',
  'host.documents.backupLabel': 'the backup {backup} of {file}',
  'host.documents.copyTitle': 'Copy of {title}',

  // Refusals about one file.
  'host.documents.notFound':
    'ReadyRoom cannot find "{file}" in {folder}. It may have been moved, renamed or deleted; look in the trash of the library, or open it from where it is now.',
  'host.documents.movedAway':
    'ReadyRoom did not save "{file}": the file was moved, renamed or deleted since this window opened it. Your changes here are not lost yet: use Save as to keep them as a new workshop.',
  'host.documents.changedOnDisk':
    'ReadyRoom did not save "{file}": the file was changed by another program or window since this window opened it, and saving would overwrite that. Your changes here are not lost yet: use Save as to keep them as a new workshop, then open the file again to see the other version.',
  'host.documents.damagedOnDisk':
    'ReadyRoom did not save "{file}": the file is now damaged on disk (something else wrote to it), and saving would overwrite that. Your changes here are not lost yet: use Save as to keep them as a new workshop, then open the file again to see the other version.',
  'host.documents.damaged': '{problem} ReadyRoom has not changed the file. {offer}',
  'host.documents.noBackupOpens':
    'There is no backup of it that opens; if you have a copy elsewhere (an email attachment, a USB stick), import it.',
  'host.documents.newestBackup':
    'The newest backup that opens was saved on {moment}; restore it to carry on (the damaged file is kept beside it).',
  'host.documents.importRefused': '{problem} Nothing was added to the library.',
  'host.documents.unknownTime': 'an unknown time',
  'host.documents.badPath':
    'ReadyRoom cannot use the path "{path}": give a file name in the workshop library (such as "q3-pilot.readyroom") or a full path.',
  'host.documents.trashOfThisLibraryOnly':
    'ReadyRoom can only restore workshops from the trash of the current library. Refresh the trash and try again.',
  'host.documents.noLongerInTrash':
    'That workshop is no longer in the trash (it may have been restored already). Refresh the library to see where it is.',
  'host.documents.notABackup': '"{backup}" is not a ReadyRoom backup. Choose a backup from the list.',
  'host.documents.backupGone':
    'The backup {backup} of "{file}" is no longer there. Choose another backup from the list.',
  'host.documents.copyOntoItself':
    '"{file}" cannot be copied onto itself. Choose another name or folder for the copy.',
  'host.documents.openInAnotherWindow':
    '"{file}" is open in another ReadyRoom window since {moment}; open it there, or take over here (the other window will stop saving).',
  'host.documents.openOnAnotherComputer':
    '"{file}" is open in ReadyRoom on another computer ("{computer}") since {moment}; open it there, or take over here (ReadyRoom on that computer will stop saving).',
  'host.documents.takenOver':
    'ReadyRoom did not save "{file}": another ReadyRoom window has it open, so this window has stopped saving it. Your changes here are not lost yet: use Save as to keep them as a new workshop, or close this copy and continue in the other window.',
  'host.documents.takenOverByWindow':
    'ReadyRoom did not save "{file}": it was taken over in another ReadyRoom window at {moment}, so this window has stopped saving it. Your changes here are not lost yet: use Save as to keep them as a new workshop, or close this copy and continue in the other window.',
  'host.documents.takenOverByComputer':
    'ReadyRoom did not save "{file}": it was taken over in ReadyRoom on another computer ("{computer}") at {moment}, so this window has stopped saving it. Your changes here are not lost yet: use Save as to keep them as a new workshop, or close this copy and continue in the other window.',
} as const satisfies Readonly<Record<string, Message>>;
